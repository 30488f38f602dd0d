namespace Cooperation.Grains.Accounts;

/// <summary>
/// Une session: one signed-in device and the generation of its rotating refresh token. Key: the session id
/// (random, opaque).
/// </summary>
/// <remarks>
/// No secret is kept here: the API derives each generation's refresh secret from the session id and its signing
/// key, and checks it before calling. A generation that was already rotated away means the token was copied: the
/// session ends at once, for the thief and the owner alike — except the one just replaced within
/// <see cref="RetryGrace"/>, which is a phone retrying after its answer was lost on a poor link.
/// </remarks>
public interface ISessionGrain : IGrainWithStringKey
{
    /// <summary>How long after a rotation the previous generation still gets the same answer.</summary>
    static readonly TimeSpan RetryGrace = TimeSpan.FromMinutes(2);

    /// <summary>Starts the session for an account at generation 1.</summary>
    Task OpenAsync(string accountId, DateTimeOffset expiresAt);

    /// <summary>Exchanges the presented generation for the next one.</summary>
    Task<SessionRotation> RotateAsync(int presentedGeneration, DateTimeOffset expiresAt);

    /// <summary>Returns the account id while the session is open, null once it ended or expired.</summary>
    [AlwaysInterleave]
    Task<string?> GetAccountIdAsync();

    /// <summary>Ends the session; later refreshes and access tokens of it are refused.</summary>
    Task RevokeAsync();
}
