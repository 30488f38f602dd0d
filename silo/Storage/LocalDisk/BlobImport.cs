using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Cooperation.Silo.Storage.LocalDisk;

/// <summary>What a move copied, and how much of it was found on disk afterwards.</summary>
/// <param name="Records">Grain state records copied.</param>
/// <param name="RecordsOnDisk">Of those, how many the data folder holds after the copy.</param>
/// <param name="Photos">Committed photos copied.</param>
/// <param name="PhotosOnDisk">Of those, how many the data folder holds after the copy.</param>
/// <param name="UnfinishedUploads">Uploads with blocks staged but never committed: their blocks cannot be read back, so the phone sends them again.</param>
public sealed record BlobImportCounts(int Records, int RecordsOnDisk, int Photos, int PhotosOnDisk, int UnfinishedUploads)
{
    /// <summary>True when everything copied is on disk.</summary>
    public bool Complete => RecordsOnDisk == Records && PhotosOnDisk == Photos;
}

/// <summary>
/// Copies the grain state and photos of a storage account (the Azurite of an earlier <c>./run</c>) into a local-disk
/// data folder, under the same names, so the grains find their state as they left it.
/// </summary>
/// <remarks>
/// Records get a new ETag (versions do not carry across stores) and their bytes as they are. Copying again replaces
/// what an interrupted copy left, so the move can simply be run again.
/// </remarks>
public static class BlobImport
{
    public static async Task<BlobImportCounts> CopyAsync(
        BlobServiceClient source, DataDirectory target, string stateContainer, string attachmentsContainer, CancellationToken cancellationToken)
    {
        var (records, recordsOnDisk) = await CopyRecordsAsync(source.GetBlobContainerClient(stateContainer), target.Container(stateContainer), cancellationToken);
        var (photos, photosOnDisk, unfinished) = await CopyPhotosAsync(
            source.GetBlobContainerClient(attachmentsContainer), new LocalDiskAttachmentStore(target, attachmentsContainer), cancellationToken);
        return new BlobImportCounts(records, recordsOnDisk, photos, photosOnDisk, unfinished);
    }

    private static async Task<(int Copied, int OnDisk)> CopyRecordsAsync(BlobContainerClient container, string folder, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        if (await container.ExistsAsync(cancellationToken))
        {
            await foreach (var item in container.GetBlobsAsync(cancellationToken: cancellationToken))
            {
                var content = (await container.GetBlobClient(item.Name).DownloadContentAsync(cancellationToken)).Value.Content;
                RecordFile.Write(Path.Combine(folder, FileNames.Of(item.Name)), RecordFile.NextETag(null), content.ToMemory(), cancellationToken);
                names.Add(item.Name);
            }
        }
        var onDisk = names.Count(name => RecordFile.ETagOf(Path.Combine(folder, FileNames.Of(name))) is not null);
        return (names.Count, onDisk);
    }

    private static async Task<(int Copied, int OnDisk, int Unfinished)> CopyPhotosAsync(
        BlobContainerClient container, LocalDiskAttachmentStore store, CancellationToken cancellationToken)
    {
        var copied = new List<(string Name, int Blocks)>();
        var unfinished = 0;
        if (await container.ExistsAsync(cancellationToken))
        {
            // Uncommitted blobs are listed too, only to be counted: Azure never serves the bytes of a staged block.
            await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.Uncommitted, prefix: null, cancellationToken))
            {
                var blob = container.GetBlockBlobClient(item.Name);
                var blocks = (await blob.GetBlockListAsync(BlockListTypes.Committed, cancellationToken: cancellationToken)).Value.CommittedBlocks.Count();
                if (blocks == 0)
                {
                    unfinished++;
                    continue;
                }
                var download = (await blob.DownloadContentAsync(cancellationToken)).Value;
                await store.ImportCommittedAsync(item.Name, blocks, download.Details.ContentType ?? "application/octet-stream", download.Content.ToArray());
                copied.Add((item.Name, blocks));
            }
        }
        var onDisk = 0;
        foreach (var (name, blocks) in copied)
            if ((await store.BlocksAsync(name)).Committed.Count == blocks)
                onDisk++;
        return (copied.Count, onDisk, unfinished);
    }
}
