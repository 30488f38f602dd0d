using System.Security.Cryptography;
using System.Text;

namespace Cooperation.Grains.Accounts;

/// <summary>
/// One-time invitation codes: 12 characters a person can read aloud or type on a phone, grouped as "K7P3-XM9Q-2RTW".
/// </summary>
/// <remarks>
/// The alphabet leaves out 0/O, 1/I/L, which are confused when a code is dictated or copied by hand; 31 symbols to
/// the power of 12 is about 2^59 codes. Only the SHA-256 hash of a code is kept: that is enough for a random code
/// of this length, which, unlike a password, cannot be guessed from a dictionary.
/// </remarks>
public static class InvitationCodes
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 12;
    public const int GroupLength = 4;

    /// <summary>How long an invitation may wait before it is used.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>A new code from the operating system's cryptographic random number generator.</summary>
    public static string New()
    {
        var symbols = RandomNumberGenerator.GetItems<char>(Alphabet, Length);
        return string.Join('-', symbols.Chunk(GroupLength).Select(group => new string(group)));
    }

    /// <summary>
    /// The hash of a code as typed: case, spaces and dashes do not matter. Anything that is not a code hashes to null.
    /// </summary>
    public static byte[]? Hash(string? typed)
    {
        if (typed is null || typed.Length > 4 * Length)
            return null;
        var normalized = new string([.. typed.Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant)]);
        if (normalized.Length != Length || normalized.Any(c => !Alphabet.Contains(c)))
            return null;
        return SHA256.HashData(Encoding.ASCII.GetBytes(normalized));
    }

    /// <summary>Compares a typed code with a kept hash in a time that does not depend on where they differ.</summary>
    public static bool Matches(string? typed, byte[]? kept) =>
        kept is not null && Hash(typed) is { } hash && CryptographicOperations.FixedTimeEquals(hash, kept);
}
