namespace Cooperation.Grains.Accounts;

/// <summary>The answer to a sign-in attempt.</summary>
/// <param name="Access">Set when the password was right.</param>
/// <param name="RetryAfter">Set when attempts are refused for now: how long until the next one is heard.</param>
[GenerateSerializer, Immutable]
public sealed record SignInOutcome(
    [property: Id(0)] AccountAccess? Access,
    [property: Id(1)] TimeSpan? RetryAfter)
{
    public bool Succeeded => Access is not null;
}
