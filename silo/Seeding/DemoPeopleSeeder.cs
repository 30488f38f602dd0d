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
            if (await account.FindAsync() is { Status: AccountStatus.Active })
                continue;
            var invitation = await account.InviteAsync(
                new InvitePerson($"seed:person:{person.Email}", Actor.Seed, person.DisplayName, person.Roles, person.Memberships, person.Team));
            await account.AcceptInvitationAsync(invitation.Code, password);
        }
    }
}
