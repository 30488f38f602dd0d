using Cooperation.Grains.Accounts;

namespace Cooperation.Grains.Funding;

/// <summary>What an actor is for the Fonds de Solidarité Numérique, read from the actor's own account.</summary>
/// <param name="IsManager">A fund manager or an administrator (or the platform itself, seeding): sees and decides everything.</param>
/// <param name="IsReviewer">Holds the reviewer role; which applications they see is each application's to say.</param>
/// <param name="Memberships">The partnerships the person takes part in, for conflict-of-interest detection.</param>
[GenerateSerializer, Immutable]
public sealed record FundRole(
    [property: Id(0)] bool IsManager,
    [property: Id(1)] bool IsReviewer,
    [property: Id(2)] IReadOnlyList<Membership> Memberships)
{
    private static readonly FundRole Nobody = new(false, false, []);

    /// <summary>The actor's fund role: one call to the account grain, none for the platform or a person without an account.</summary>
    public static async Task<FundRole> OfAsync(IGrainFactory grains, Actor actor)
    {
        if (actor == Actor.Seed)
            return new FundRole(true, false, []);
        if (!actor.Id.Contains('@'))
            return Nobody;
        var access = await grains.GetGrain<IAccountGrain>(actor.Id).GetAccessAsync();
        if (access is not { Status: AccountStatus.Active })
            return Nobody;
        return new FundRole(
            access.IsAdministrator || access.Roles.Contains(AccountRole.FundManager),
            access.Roles.Contains(AccountRole.FundReviewer),
            access.Memberships);
    }
}
