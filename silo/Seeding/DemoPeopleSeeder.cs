using Cooperation.Grains.Accounts;
using Cooperation.Grains.Accounts.Commands;
using Cooperation.Grains.Common;

namespace Cooperation.Silo.Seeding;

/// <summary>
/// Invites the demo people and accepts each invitation with the configured demo password, through the grains.
/// Fixed client mutation ids make a restart a no-op; an account already active is left as its owner set it.
/// </summary>
public static class DemoPeopleSeeder
{
    public static async Task SeedAsync(IGrainFactory grains, string password, CancellationToken cancellationToken)
    {
        foreach (var person in DemoPeople.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var account = grains.GetGrain<IAccountGrain>(AccountRules.Key(person.Email));
            await ActivateAsync(account, () => InviteAsync(account, person), password);
        }
        await IssueResetCodeAsync(grains);
    }

    /// <summary>
    /// The administrator issues a reset code to the person who asked for one, through the account's own action, so
    /// its mail leaves as any would. Her password still works until she uses the code. A restart repeats the action
    /// under its fixed id: no second code, no second mail.
    /// </summary>
    private static async Task IssueResetCodeAsync(IGrainFactory grains)
    {
        var administrator = DemoPeople.Administrator;
        var by = new Actor(AccountRules.Key(administrator.Email), administrator.DisplayName);
        var person = DemoPeople.AskedForReset;
        await grains.GetGrain<IAccountGrain>(AccountRules.Key(person.Email))
            .IssueResetCodeAsync(new IssueResetCode($"seed:reset-code:{person.Tag}", by));
    }

    /// <summary>
    /// Invites a person and accepts at once with <paramref name="password"/>, unless her account is already active:
    /// then it is left as its owner set it (she may have changed her password since).
    /// </summary>
    public static async Task ActivateAsync(IAccountGrain account, Func<Task<Invitation>> invite, string password)
    {
        if (await account.FindAsync() is { Status: AccountStatus.Active })
            return;
        var invitation = await invite();
        await account.AcceptInvitationAsync(invitation.Code, password);
    }

    /// <summary>The invitation under the seed's id, or, for an account invited under the id used before, under that one.</summary>
    /// <remarks>
    /// The seed's ids once named each person by her e-mail address (<c>seed:person:{email}</c>); they now name her
    /// place in the demo, as no action id carries personal data. An account invited under the old id by a start that
    /// stopped before accepting refuses a second invitation (CONFLICT): its own receipt, under the old id, still holds
    /// the code, and asking again under that id gets it, so the start completes without inviting anyone twice.
    /// </remarks>
    private static async Task<Invitation> InviteAsync(IAccountGrain account, DemoPerson person)
    {
        try
        {
            return await account.InviteAsync(Invite($"seed:person:{person.Tag}", person));
        }
        catch (DomainException e) when (e.Code == DomainErrorCode.Conflict)
        {
            return await account.InviteAsync(Invite($"seed:person:{person.Email}", person));
        }
    }

    private static InvitePerson Invite(string clientMutationId, DemoPerson person) =>
        new(clientMutationId, Actor.Seed, person.DisplayName, person.Roles, person.Memberships, person.Team);
}
