using System.Security.Cryptography;
using Cooperation.Grains.Uploads;
using Cooperation.Grains.Uploads.Commands;

namespace Cooperation.Grains.Tests.Uploads;

/// <summary>Photo-shaped bytes and the commands that send them.</summary>
public static class TestPhotos
{
    /// <summary>A "JPEG" of <paramref name="size"/> bytes: the format's first bytes, then noise (as compressed data looks).</summary>
    public static byte[] Jpeg(int size = 80_000) => WithHeader([0xFF, 0xD8, 0xFF, 0xE0], size);

    public static byte[] Png(int size = 80_000) => WithHeader([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], size);

    public static byte[] WebP(int size = 80_000) => WithHeader([.. "RIFF"u8, 0, 0, 0, 0, .. "WEBP"u8], size);

    /// <summary>A "PDF" of <paramref name="size"/> bytes: "%PDF-1.7", then noise.</summary>
    public static byte[] Pdf(int size = 200_000) => WithHeader([.. "%PDF-1.7\n"u8], size);

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The photo's 32 KB blocks, the last one shorter.</summary>
    public static byte[][] Blocks(byte[] photo) => [.. photo.Chunk(UploadRules.BlockSize)];

    public static string NewUploadId() => $"photo-{Guid.NewGuid():N}";

    public static AnnounceUpload Announce(string id, Actor actor, UploadTarget target, byte[] photo, string contentType = "image/jpeg") =>
        new(id, actor, target, contentType, photo.Length, Sha256(photo));

    private static byte[] WithHeader(byte[] header, int size)
    {
        var bytes = new byte[size];
        Random.Shared.NextBytes(bytes);
        header.CopyTo(bytes, 0);
        return bytes;
    }
}
