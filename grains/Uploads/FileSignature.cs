namespace Cooperation.Grains.Uploads;

/// <summary>
/// The first bytes each accepted format starts with: a file renamed to .jpg, or a PDF sent as a photo, is refused
/// even when its checksum matches what the client announced.
/// </summary>
public static class FileSignature
{
    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> Riff => "RIFF"u8;

    private static ReadOnlySpan<byte> WebP => "WEBP"u8;

    private static ReadOnlySpan<byte> Pdf => "%PDF-"u8;

    /// <summary>Whether <paramref name="bytes"/> start as a file of <paramref name="contentType"/> does.</summary>
    public static bool Matches(string contentType, ReadOnlySpan<byte> bytes) => contentType switch
    {
        "image/jpeg" => bytes.StartsWith(Jpeg),
        "image/png" => bytes.StartsWith(Png),
        // "RIFF", four bytes of length, then "WEBP".
        "image/webp" => bytes.Length >= 12 && bytes.StartsWith(Riff) && bytes[8..12].SequenceEqual(WebP),
        "application/pdf" => bytes.StartsWith(Pdf),
        _ => false,
    };
}
