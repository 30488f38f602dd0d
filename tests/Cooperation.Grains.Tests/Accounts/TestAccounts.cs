using Cooperation.Grains.Accounts;
using Cooperation.Grains.Accounts.Commands;

namespace Cooperation.Grains.Tests.Accounts;

/// <summary>People and invitations the account tests use often, each test with its own e-mail addresses.</summary>
public static class TestAccounts
{
    /// <summary>A password that passes the rules; it must never come back from a grain.</summary>
    public const string Password = "Teranga-Guediawaye-2026";

    /// <summary>An address no other test uses.</summary>
    public static string NewEmail(string prefix = "agent") => $"{prefix}-{Guid.NewGuid():N}@guediawaye.example";

    public static InvitePerson Invite(
        string id, Actor actor, string displayName = "Aïssatou Diop",
        IReadOnlyList<AccountRole>? roles = null, IReadOnlyList<Membership>? memberships = null) =>
        new(id, actor, displayName, roles ?? [], memberships ?? []);

    /// <summary>An active account invited by the platform's seeding, with the given roles.</summary>
    public static async Task<AccountAccess> NewActiveAsync(
        IGrainFactory grains, string displayName = "Aïssatou Diop", params AccountRole[] roles)
    {
        var account = grains.GetGrain<IAccountGrain>(NewEmail());
        var invitation = await account.InviteAsync(Invite("invite", Actor.Seed, displayName, roles));
        return await account.AcceptInvitationAsync(invitation.Code, Password);
    }

    /// <summary>An active administrator, as the seeding creates the first one.</summary>
    public static async Task<Actor> NewAdministratorAsync(IGrainFactory grains) =>
        (await NewActiveAsync(grains, "Administratrice de la plateforme", AccountRole.Administrator)).AsActor();

    /// <summary>An established partnership that no other test touches and that has no members yet.</summary>
    public static async Task<IPartnershipGrain> NewPartnershipAsync(IGrainFactory grains)
    {
        var partnership = grains.GetGrain<IPartnershipGrain>(ClusterFixture.NewSlug());
        await partnership.EstablishAsync(TestPartnerships.Establish());
        return partnership;
    }

    /// <summary>Every text a history entry carries.</summary>
    public static IEnumerable<string?> Texts(HistoryEntry entry) =>
    [
        entry.Action, entry.SubjectId, entry.Field, entry.OldValue, entry.NewValue, entry.ClientMutationId,
        entry.Actor.Id, entry.Actor.DisplayName,
    ];
}
