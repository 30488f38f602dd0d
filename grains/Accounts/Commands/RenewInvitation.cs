namespace Cooperation.Grains.Accounts.Commands;

/// <summary>Renouveler l'invitation: a person not yet active gets a new code valid 7 days; the previous one stops working.</summary>
[GenerateSerializer, Immutable]
public sealed record RenewInvitation(string ClientMutationId, Actor Actor) : Command(ClientMutationId, Actor);
