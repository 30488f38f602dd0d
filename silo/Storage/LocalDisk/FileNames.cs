using System.Security.Cryptography;
using System.Text;

namespace Cooperation.Silo.Storage.LocalDisk;

/// <summary>
/// Blob names (<c>partnership-partnership/seneclic.json</c>, <c>seneclic/photo-1/1</c>) as single file names, one to
/// one, safe on any file system.
/// </summary>
/// <remarks>
/// Lowercase ASCII letters, digits, <c>-</c>, <c>_</c> and a <c>.</c> after the first character stay as they are;
/// every other UTF-8 byte becomes <c>%XX</c> (uppercase hex), <c>/</c> included. So no name is <c>.</c>, <c>..</c>, hidden
/// or a path, and two names never differ only by case (macOS and Windows would take them for one file). Names over
/// 200 characters keep their first 120 and end with <c>~</c> and the SHA-256 of the whole name (<c>~</c> is never
/// kept as is, so a shortened name cannot meet a plain one), under the 255-byte limit with room for the temporary
/// file's suffix.
/// </remarks>
internal static class FileNames
{
    private const int MaxLength = 200;
    private const int KeptWhenShortened = 120;

    // Throws on lone surrogates instead of replacing them: two different names must never share a file.
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file name of blob <paramref name="name"/>.</summary>
    public static string Of(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var bytes = Strict.GetBytes(name);
        var encoded = new StringBuilder(bytes.Length);
        var cut = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'_' || (b == (byte)'.' && i > 0))
                encoded.Append((char)b);
            else
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            // Remember the last whole character boundary within the kept prefix, so an escape is never split.
            if (encoded.Length <= KeptWhenShortened)
                cut = encoded.Length;
        }
        return encoded.Length <= MaxLength
            ? encoded.ToString()
            : $"{encoded.ToString(0, cut)}~{Convert.ToHexStringLower(SHA256.HashData(bytes))}";
    }

    /// <summary>The blob name a file name stands for; null for a shortened name or a file the stores did not name.</summary>
    public static string? NameOf(string fileName)
    {
        if (fileName.Length == 0 || fileName[0] == '.' || fileName.Contains('~'))
            return null;
        var bytes = new List<byte>(fileName.Length);
        for (var i = 0; i < fileName.Length; i++)
        {
            if (fileName[i] != '%')
                bytes.Add((byte)fileName[i]);
            else if (i + 2 < fileName.Length && byte.TryParse(fileName.AsSpan(i + 1, 2), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var b))
            {
                bytes.Add(b);
                i += 2;
            }
            else
                return null;
        }
        try
        {
            return Strict.GetString([.. bytes]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
