namespace Cooperation.Grains.Tests.Fixtures;

/// <summary>Commands the tests build often, with realistic values.</summary>
public static class TestPartnerships
{
    public static readonly Actor Staff = new("staff-besancon", "Agent de Besançon");

    public static EstablishPartnership Establish(string id = "establish") => new(
        id, Staff, "Sénéclic — Besançon / Sénégal", "Reconditionnement et équipement des écoles.",
        new Party("Ville de Besançon", "France", "Collectivité territoriale"),
        new Party("État du Sénégal (écoles)", "Sénégal", "État"),
        [], ["reconditionnement"], new DateOnly(2007, 10, 1), null, PartnershipStatus.Active);

    public static PlanMilestone Plan(string id, string title = "Équiper les salles multimédia des écoles") =>
        new(id, Staff, title, "Installation des ordinateurs reconditionnés.", PartnershipSide.South,
            new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30));

    /// <summary>An established partnership no other test touches.</summary>
    public static async Task<IPartnershipGrain> NewAsync(IGrainFactory grains)
    {
        var partnership = grains.GetGrain<IPartnershipGrain>(ClusterFixture.NewSlug());
        await partnership.EstablishAsync(Establish());
        return partnership;
    }
}
