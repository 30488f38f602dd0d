namespace Cooperation.Grains.Accounts;

/// <summary>
/// Une session: one signed-in device, with its rotating refresh token. Key: the session id (random, opaque).
/// </summary>
/// <remarks>
/// Only SHA-256 hashes of refresh secrets are kept. Presenting a secret that was already rotated away means it
/// was copied: the session ends at once, for the thief and the owner alike.
/// </remarks>
public interface ISessionGrain : IGrainWithStringKey
{
    /// <summary>Starts the session for an account with its first refresh secret's hash.</summary>
    Task OpenAsync(string accountId, string refreshSecretHash, DateTimeOffset expiresAt);

    /// <summary>Exchanges the current refresh secret for the next one.</summary>
    Task<SessionRotation> RotateAsync(string presentedSecretHash, string nextSecretHash, DateTimeOffset expiresAt);

    /// <summary>Returns the account id while the session is open, null once it ended.</summary>
    Task<string?> GetAccountIdAsync();

    /// <summary>Ends the session; later refreshes and access tokens of it are refused.</summary>
    Task RevokeAsync();
}
