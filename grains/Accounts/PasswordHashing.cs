using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Cooperation.Grains.Accounts;

/// <summary>
/// Password hashes with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2, salted, versioned).
/// </summary>
/// <remarks>The hasher ignores its user argument; the account id is passed for form.</remarks>
public static class PasswordHashing
{
    private static readonly PasswordHasher<string> Hasher = new();

    // A hash of a random password nobody knows: checking against it when there is no hash makes a sign-in on an
    // unknown or not yet activated account take as long as one with a wrong password.
    private static readonly Lazy<string> Decoy = new(() =>
        Hasher.HashPassword("", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));

    public static string Hash(string accountId, string password) => Hasher.HashPassword(accountId, password);

    /// <summary>Checks a password against a kept hash; with no hash (or no password) it is always a failure.</summary>
    public static PasswordVerificationResult Verify(string accountId, string? hash, string? password)
    {
        var candidate = password is { Length: > 0 and <= AccountRules.MaxPasswordLength } ? password : "";
        var result = Hasher.VerifyHashedPassword(accountId, hash ?? Decoy.Value, candidate);
        return hash is null || candidate.Length == 0 ? PasswordVerificationResult.Failed : result;
    }
}
