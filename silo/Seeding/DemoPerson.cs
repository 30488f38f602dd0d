using Cooperation.Grains.Accounts;

namespace Cooperation.Silo.Seeding;

/// <summary>A person of the embedded default's demo, with her roles, memberships and research team.</summary>
/// <param name="Tag">
/// What the seed's action ids call her: her place in the demo, never her address, since an action id is kept for the
/// life of the entity and read back by whoever made the action.
/// </param>
public sealed record DemoPerson(
    string Tag, string Email, string DisplayName, IReadOnlyList<AccountRole> Roles, IReadOnlyList<Membership> Memberships, string? Team = null);
