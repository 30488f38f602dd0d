namespace Cooperation.Grains.Accounts.Commands;

/// <summary>Changer les rôles: replace the person's roles beside memberships.</summary>
[GenerateSerializer, Immutable]
public sealed record SetAccountRoles(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] IReadOnlyList<AccountRole> Roles) : Command(ClientMutationId, Actor);
