namespace Cooperation.Grains.Accounts;

/// <summary>
/// What an administrator hands to a person who lost her password: a one-time code that sets a new one, valid
/// <see cref="InvitationCodes.Lifetime"/>. Only its hash is kept: the code is shown this once, then never again.
/// </summary>
/// <param name="Code">The code; empty when a repeat of the action answers, since it is not kept.</param>
[GenerateSerializer, Immutable]
public sealed record ResetCode(
    [property: Id(0)] string AccountId,
    [property: Id(1)] string Code,
    [property: Id(2)] DateTimeOffset ExpiresAt);
