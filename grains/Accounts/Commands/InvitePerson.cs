namespace Cooperation.Grains.Accounts.Commands;

/// <summary>Inviter une personne: create her account with roles and memberships; the grain's key is her e-mail.</summary>
/// <param name="Team">Her research team (« LISST-CIEU », « CIRTAI »), if she belongs to one: who reads her team's annotations.</param>
[GenerateSerializer, Immutable]
public sealed record InvitePerson(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string DisplayName,
    [property: Id(1)] IReadOnlyList<AccountRole> Roles,
    [property: Id(2)] IReadOnlyList<Membership> Memberships,
    [property: Id(3)] string? Team = null) : Command(ClientMutationId, Actor);
