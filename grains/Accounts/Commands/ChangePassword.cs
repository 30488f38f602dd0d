namespace Cooperation.Grains.Accounts.Commands;

/// <summary>
/// Changer son mot de passe: the person herself, knowing the current one. The passwords travel beside the command,
/// never in it, so that a command written to a log or a receipt never carries one.
/// </summary>
/// <param name="KeptSessionId">The session she changes it from: it stays open, every other one ends.</param>
[GenerateSerializer, Immutable]
public sealed record ChangePassword(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string? KeptSessionId) : Command(ClientMutationId, Actor);
