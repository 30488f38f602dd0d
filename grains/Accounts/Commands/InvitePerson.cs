namespace Cooperation.Grains.Accounts.Commands;

/// <summary>Inviter une personne: create her account with roles and memberships; the grain's key is her e-mail.</summary>
[GenerateSerializer, Immutable]
public sealed record InvitePerson(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string DisplayName,
    [property: Id(1)] IReadOnlyList<AccountRole> Roles,
    [property: Id(2)] IReadOnlyList<Membership> Memberships) : Command(ClientMutationId, Actor);
