using Cooperation.Grains.Accounts;

namespace Cooperation.Silo.Seeding;

/// <summary>A person of the embedded default's demo, with her roles, memberships and research team.</summary>
public sealed record DemoPerson(string Email, string DisplayName, IReadOnlyList<AccountRole> Roles, IReadOnlyList<Membership> Memberships, string? Team = null);
