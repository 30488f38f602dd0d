namespace Cooperation.Grains.Accounts;

/// <summary>Snapshot of an account as an administrator sees it. Never carries a password hash or a code.</summary>
[GenerateSerializer, Immutable]
public sealed record Account(
    [property: Id(0)] string Id,
    [property: Id(1)] string Email,
    [property: Id(2)] string DisplayName,
    [property: Id(3)] IReadOnlyList<AccountRole> Roles,
    [property: Id(4)] IReadOnlyList<Membership> Memberships,
    [property: Id(5)] AccountStatus Status,
    [property: Id(6)] DateTimeOffset InvitedAt);
