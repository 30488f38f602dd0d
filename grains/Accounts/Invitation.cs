namespace Cooperation.Grains.Accounts;

/// <summary>
/// What an administrator hands to an invited person: the one-time code that sets the password on first use.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Invitation(
    [property: Id(0)] string AccountId,
    [property: Id(1)] string Code,
    [property: Id(2)] DateTimeOffset ExpiresAt);
