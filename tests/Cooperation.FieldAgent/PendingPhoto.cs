using System.Security.Cryptography;

namespace Cooperation.FieldAgent;

/// <summary>A photo taken on the phone (already shrunk), waiting to go up in 32 KB blocks.</summary>
/// <param name="UploadId">The client-chosen id a verdict cites as its photo.</param>
/// <param name="ShipmentId">The shipment of the photographed item (global id).</param>
/// <param name="ItemId">The photographed item ("i7").</param>
public sealed record PendingPhoto(string UploadId, string ContentType, byte[] Bytes, string ShipmentId, string ItemId)
{
    /// <summary>The server's block size: every block but the last is this long.</summary>
    public const int BlockSize = 32_768;

    public string Sha256 { get; } = Convert.ToHexStringLower(SHA256.HashData(Bytes));

    public int BlockCount => (Bytes.Length + BlockSize - 1) / BlockSize;

    public ReadOnlyMemory<byte> Block(int index) =>
        Bytes.AsMemory(index * BlockSize, Math.Min(BlockSize, Bytes.Length - index * BlockSize));
}
