namespace Cooperation.GraphQL.Accounts;

/// <summary>How tokens are signed and how long they live; bound from <c>Cooperation:Auth</c>.</summary>
public sealed class AuthOptions
{
    public const string Section = "Cooperation:Auth";

    /// <summary>The HMAC key, base64 (at least 32 bytes). In Azure it comes from a secret store.</summary>
    public string? SigningKey { get; set; }

    /// <summary>
    /// Where the embedded default keeps a key it generates on first start (<c>.data/signing.key</c>), when no
    /// <see cref="SigningKey"/> is configured.
    /// </summary>
    public string? SigningKeyFile { get; set; }

    /// <summary>Short: an access token cannot be withdrawn from a copy, only refused by its session.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Long and sliding: an agent's phone stays signed in for weeks between uses.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(60);

    /// <summary>Sign-in attempts one client address may make per minute, whatever the accounts tried.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 20;
}
