namespace Cooperation.Grains.Accounts.Commands;

/// <summary>Changer l'appartenance: make the person a member of a partnership on a side, or remove her (Role null).</summary>
[GenerateSerializer, Immutable]
public sealed record SetMembership(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string PartnershipSlug,
    [property: Id(1)] MemberRole? Role) : Command(ClientMutationId, Actor)
{
    public override string? Subject => PartnershipSlug;
}
