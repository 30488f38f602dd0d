namespace Cooperation.Grains.Accounts.Commands;

/// <summary>Délivrer un code de réinitialisation: an administrator gives an active person a one-time code to set a new password.</summary>
[GenerateSerializer, Immutable]
public sealed record IssueResetCode(string ClientMutationId, Actor Actor) : Command(ClientMutationId, Actor);
