using Cooperation.Grains.Accounts;

namespace Cooperation.Grains.Partnerships.Commands;

/// <summary>
/// Inscrire ou retirer un membre: sent by the account grain when an administrator changes a membership,
/// so the partnership's own member list (what its access rules read) and its history follow.
/// </summary>
/// <param name="Role">The new role, or null to remove the person.</param>
[GenerateSerializer, Immutable]
public sealed record SetPartnershipMember(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string AccountId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] MemberRole? Role) : Command(ClientMutationId, Actor)
{
    public override string? Subject => AccountId;
}
