using System.Security.Cryptography;
using System.Text;
using Cooperation.Silo.Storage.LocalDisk;
using Microsoft.Extensions.Options;

namespace Cooperation.GraphQL.Accounts;

/// <summary>The key that signs access and refresh tokens, loaded once at start.</summary>
public sealed class SigningKey
{
    private const int KeyBytes = 32;

    public SigningKey(IOptions<AuthOptions> options)
    {
        Bytes = Load(options.Value);
    }

    /// <summary>The raw key; never logged, never sent.</summary>
    public byte[] Bytes { get; }

    private static byte[] Load(AuthOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
            return Decode(options.SigningKey, $"{AuthOptions.Section}:SigningKey");
        if (string.IsNullOrWhiteSpace(options.SigningKeyFile))
            throw new InvalidOperationException(
                $"Aucune clé de signature des jetons : renseignez {AuthOptions.Section}:SigningKey (base64, 32 octets) ou {AuthOptions.Section}:SigningKeyFile. / " +
                $"No token signing key: set {AuthOptions.Section}:SigningKey (base64, 32 bytes) or {AuthOptions.Section}:SigningKeyFile.");

        var path = Path.GetFullPath(options.SigningKeyFile);
        if (File.Exists(path))
            return Decode(File.ReadAllText(path).Trim(), path);

        // First start of the embedded default: create the key once and keep it, so sessions survive restarts. Written
        // as the data is (whole and on disk, readable by the owner only): a crash must not leave a torn key that
        // refuses the next start, nor lose the key of tokens already handed out.
        DurableFiles.CreateFolder(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(KeyBytes);
        DurableFiles.Replace(path, stream => stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(key))),
            CancellationToken.None, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return key;
    }

    private static byte[] Decode(string base64, string source)
    {
        var bytes = Convert.TryFromBase64String(base64, new byte[base64.Length], out var written) ? Convert.FromBase64String(base64) : null;
        if (bytes is null || written < KeyBytes)
            throw new InvalidOperationException(
                $"La clé de signature ({source}) doit être du base64 d'au moins {KeyBytes} octets. / The signing key ({source}) must be base64 of at least {KeyBytes} bytes.");
        return bytes;
    }
}
