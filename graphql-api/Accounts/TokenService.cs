using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Cooperation.GraphQL.Accounts;

/// <summary>
/// Compact HMAC-signed tokens, smaller than a JWT on a 2G link (about 110 bytes for an access token).
/// </summary>
/// <remarks>
/// Access token: <c>a1.{base64url(account \n session \n expiry)}.{base64url(HMAC-SHA256)[:22]}</c>.
/// Refresh token: <c>r1.{session}.{generation}.{secret}</c>, the secret being derived from the key, the session and
/// the generation: the session grain keeps no secret, only the generation, and a forged token never reaches it.
/// </remarks>
public sealed class TokenService(SigningKey key, IOptions<AuthOptions> options, TimeProvider time)
{
    private const int MacChars = 22; // 128 bits of the HMAC

    // Access tokens whose signature was checked, with what they say (ReadAccessToken).
    private const int MaxVerified = 10_000;
    private readonly ConcurrentDictionary<string, (string AccountId, string SessionId, DateTimeOffset ExpiresAt)> _verified = new(StringComparer.Ordinal);

    public TimeSpan AccessTokenLifetime => options.Value.AccessTokenLifetime;

    public DateTimeOffset RefreshExpiry => time.GetUtcNow() + options.Value.RefreshTokenLifetime;

    public (string Token, DateTimeOffset ExpiresAt) IssueAccessToken(string accountId, string sessionId)
    {
        var expiresAt = time.GetUtcNow() + options.Value.AccessTokenLifetime;
        var payload = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
            $"{accountId}\n{sessionId}\n{expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}"));
        return ($"a1.{payload}.{Mac("access", payload)}", expiresAt);
    }

    /// <summary>Reads an access token: its account and session, whether it expired, or null when forged or malformed.</summary>
    public (string AccountId, string SessionId, bool Expired)? ReadAccessToken(string token)
    {
        // A phone sends the same token with every request of its lifetime: its signature is checked once, and what it
        // proved kept (only tokens this key signed get in, and a full cache starts again), so a read costs no HMAC.
        if (_verified.TryGetValue(token, out var known))
            return (known.AccountId, known.SessionId, known.ExpiresAt <= time.GetUtcNow());
        if (Verify(token) is not { } verified)
            return null;
        if (_verified.Count >= MaxVerified)
            _verified.Clear();
        _verified.TryAdd(token, verified);
        return (verified.AccountId, verified.SessionId, verified.ExpiresAt <= time.GetUtcNow());
    }

    private (string AccountId, string SessionId, DateTimeOffset ExpiresAt)? Verify(string token)
    {
        var parts = token.Split('.');
        if (parts is not ["a1", var payload, var mac] || payload.Length > 1024 || !Matches(Mac("access", payload), mac))
            return null;
        try
        {
            var fields = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(payload)).Split('\n');
            if (fields is not [var account, var session, var expiry] || !long.TryParse(expiry, CultureInfo.InvariantCulture, out var seconds))
                return null;
            return (account, session, DateTimeOffset.FromUnixTimeSeconds(seconds));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static string NewSessionId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public string RefreshToken(string sessionId, int generation) =>
        $"r1.{sessionId}.{generation.ToString(CultureInfo.InvariantCulture)}.{Mac("refresh", $"{sessionId}.{generation}")}";

    /// <summary>Reads a refresh token: its session and generation, or null when its secret is not ours.</summary>
    public (string SessionId, int Generation)? ReadRefreshToken(string token)
    {
        var parts = token.Split('.');
        if (parts is not ["r1", var session, var generationText, var secret] || session.Length > 64 ||
            !int.TryParse(generationText, NumberStyles.None, CultureInfo.InvariantCulture, out var generation) ||
            !Matches(Mac("refresh", $"{session}.{generation}"), secret))
            return null;
        return (session, generation);
    }

    private string Mac(string purpose, string data)
    {
        var mac = HMACSHA256.HashData(key.Bytes, Encoding.UTF8.GetBytes($"{purpose}:{data}"));
        return Base64Url.EncodeToString(mac)[..MacChars];
    }

    private static bool Matches(string expected, string presented) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(presented));
}
