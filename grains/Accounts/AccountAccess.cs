namespace Cooperation.Grains.Accounts;

/// <summary>
/// What a person may do: who they are, their roles and memberships. Read by the API for each signed-in request
/// and by grains that check an actor.
/// </summary>
/// <param name="InvitationExpiresAt">While she is invited: when her invitation lapses (or lapsed), so that an administrator sees which to renew.</param>
/// <param name="Team">The research team she belongs to, if any (« LISST-CIEU »): annotations shared with a team reach it.</param>
[GenerateSerializer, Immutable]
public sealed record AccountAccess(
    [property: Id(0)] string AccountId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] IReadOnlyList<AccountRole> Roles,
    [property: Id(3)] IReadOnlyList<Membership> Memberships,
    [property: Id(4)] AccountStatus Status,
    [property: Id(5)] string? Team = null,
    [property: Id(6)] DateTimeOffset? InvitationExpiresAt = null)
{
    public bool IsAdministrator => Roles.Contains(AccountRole.Administrator);

    /// <summary>The person's role in a partnership, or null when they are not a member.</summary>
    public MemberRole? RoleIn(string partnershipSlug) =>
        Memberships.FirstOrDefault(m => m.PartnershipSlug == partnershipSlug)?.Role;

    public Actor AsActor() => new(AccountId, DisplayName);
}
