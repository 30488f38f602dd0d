namespace Cooperation.Grains.Accounts;

/// <summary>What happened to a refresh request.</summary>
public enum SessionRotationOutcome
{
    /// <summary>The generation was the current one (or a retry of it): <see cref="SessionRotation.Generation"/> is now current.</summary>
    Rotated,

    /// <summary>The generation was an old one: the token was copied, so the session is now ended.</summary>
    ReuseDetected,

    /// <summary>The session had ended (sign-out, revocation, reuse), never existed, or the generation is unknown.</summary>
    Ended,

    /// <summary>The session outlived its lifetime.</summary>
    Expired,
}

/// <summary>The answer to a refresh: the outcome and, when rotated, whose session it is and its current generation.</summary>
[GenerateSerializer, Immutable]
public sealed record SessionRotation(
    [property: Id(0)] SessionRotationOutcome Outcome,
    [property: Id(1)] string? AccountId,
    [property: Id(2)] int Generation);
