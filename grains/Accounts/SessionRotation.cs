namespace Cooperation.Grains.Accounts;

/// <summary>What happened to a refresh request.</summary>
public enum SessionRotationOutcome
{
    /// <summary>The secret was the current one: the next one is now current.</summary>
    Rotated,

    /// <summary>The secret was an old one: it was copied, so the session is now ended.</summary>
    ReuseDetected,

    /// <summary>The session had ended (sign-out, revocation, reuse) or never existed.</summary>
    Ended,

    /// <summary>The session outlived its lifetime.</summary>
    Expired,
}

/// <summary>The answer to a refresh: the outcome and, when rotated, whose session it is.</summary>
[GenerateSerializer, Immutable]
public sealed record SessionRotation(
    [property: Id(0)] SessionRotationOutcome Outcome,
    [property: Id(1)] string? AccountId);
