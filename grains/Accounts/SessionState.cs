namespace Cooperation.Grains.Accounts;

/// <summary>Persisted state of one session: whose it is, its refresh generation and how long it lives.</summary>
[GenerateSerializer]
public sealed class SessionState
{
    /// <summary>The signed-in account; null while the session was never opened.</summary>
    [Id(0)] public string? AccountId { get; set; }

    /// <summary>The generation of the refresh token that is current now; starts at 1.</summary>
    [Id(1)] public int Generation { get; set; }

    /// <summary>When the session was opened or last rotated: the previous generation is a retry until <see cref="ISessionGrain.RetryGrace"/> after it.</summary>
    [Id(2)] public DateTimeOffset LastRotatedAt { get; set; }

    /// <summary>The session expires after this moment; each rotation moves it (sliding expiry).</summary>
    [Id(3)] public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Set once by a sign-out, a revocation, a detected reuse or expiry; never unset.</summary>
    [Id(4)] public bool Ended { get; set; }
}
