namespace Cooperation.Grains.Uploads;

/// <summary>
/// Where photo blocks and committed photos live: Azure Blob block blobs, whose staged (uncommitted) blocks are the
/// truth about which blocks arrived, or the same on the local disk in the embedded default. Implemented by the silo
/// beside grain state (the configured storage account, or data folder).
/// </summary>
public interface IAttachmentStore
{
    /// <summary>Stages one block; staging the same index again replaces it, so a repeat is harmless.</summary>
    Task StageBlockAsync(string blobName, int index, byte[] bytes);

    /// <summary>The block indexes the blob holds, committed and staged.</summary>
    Task<StoredBlocks> BlocksAsync(string blobName);

    /// <summary>Commits blocks 0 … <paramref name="blockCount"/> − 1, in order, as the blob's content.</summary>
    Task CommitAsync(string blobName, int blockCount, string contentType);

    /// <summary>The committed content, or null when there is none.</summary>
    Task<byte[]?> ReadAsync(string blobName);

    /// <summary>Removes the blob and every staged block of it; nothing to remove is not an error.</summary>
    Task DeleteAsync(string blobName);
}

/// <summary>Which block indexes a blob holds.</summary>
[GenerateSerializer, Immutable]
public sealed record StoredBlocks(
    [property: Id(0)] IReadOnlySet<int> Committed,
    [property: Id(1)] IReadOnlySet<int> Staged);
