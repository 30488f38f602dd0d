namespace Cooperation.Grains.Accounts.Commands;

/// <summary>
/// Inviter à nouveau: an active account starts over as invited, with a new code, its roles and memberships kept; its
/// password and sessions end.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ReinvitePerson(string ClientMutationId, Actor Actor) : Command(ClientMutationId, Actor);
