using Cooperation.Grains.Accounts;

namespace Cooperation.Grains.Tests.Fixtures;

/// <summary>Commands and people the tests use often, with realistic values.</summary>
public static class TestPartnerships
{
    /// <summary>North staff of every partnership <see cref="NewAsync"/> creates.</summary>
    public static readonly Actor Staff = new("agent@besancon.example", "Agent de Besançon");

    /// <summary>South agent of every partnership <see cref="NewAsync"/> creates.</summary>
    public static readonly Actor SouthAgent = new("agent@education.sn.example", "Agente de l'Éducation nationale");

    /// <summary>A second South agent, added to a partnership by the tests that need one: the same side, another person.</summary>
    public static readonly Actor SecondSouthAgent = new("agent2@education.sn.example", "Deuxième agent");

    /// <summary>Third partner (research team) of every partnership <see cref="NewAsync"/> creates.</summary>
    public static readonly Actor Researcher = new("chercheuse@univ.example", "Chercheuse");

    /// <summary>Someone who belongs to none of them (and has no account).</summary>
    public static readonly Actor Outsider = new("outsider", "Personne extérieure");

    public static EstablishPartnership Establish(string id = "establish") => new(
        id, Actor.Seed, "Sénéclic — Besançon / Sénégal", "Reconditionnement et équipement des écoles.",
        new Party("Ville de Besançon", "France", "Collectivité territoriale"),
        new Party("État du Sénégal (écoles)", "Sénégal", "État"),
        [], ["reconditionnement"], new DateOnly(2007, 10, 1), null, PartnershipStatus.Active);

    public static PlanMilestone Plan(string id, string title = "Équiper les salles multimédia des écoles", PartnershipSide side = PartnershipSide.South, Actor? actor = null) =>
        new(id, actor ?? Staff, title, "Installation des ordinateurs reconditionnés.", side,
            new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30));

    /// <summary>An established partnership no other test touches, with one member on each side.</summary>
    public static async Task<IPartnershipGrain> NewAsync(IGrainFactory grains)
    {
        var partnership = grains.GetGrain<IPartnershipGrain>(ClusterFixture.NewSlug());
        await partnership.EstablishAsync(Establish());
        await partnership.SetMemberAsync(new SetPartnershipMember("member-north", Actor.Seed, Staff.Id, Staff.DisplayName, MemberRole.NorthStaff));
        await partnership.SetMemberAsync(new SetPartnershipMember("member-south", Actor.Seed, SouthAgent.Id, SouthAgent.DisplayName, MemberRole.SouthAgent));
        await partnership.SetMemberAsync(new SetPartnershipMember("member-third", Actor.Seed, Researcher.Id, Researcher.DisplayName, MemberRole.ThirdPartner));
        return partnership;
    }
}
