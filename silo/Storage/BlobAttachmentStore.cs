using System.Globalization;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Cooperation.Grains.Uploads;

namespace Cooperation.Silo.Storage;

/// <summary>
/// Photos as Azure block blobs in the attachments container: each 32 KB block is staged under a fixed-width id, the
/// uncommitted block list says which arrived, and committing the list in index order assembles the photo.
/// </summary>
/// <remarks>The container is created on first use, so a fresh storage account (or Azurite) needs no set-up.</remarks>
public sealed class BlobAttachmentStore(BlobContainerClient container) : IAttachmentStore
{
    // Every block id of one blob must have the same length: six digits cover far more than the 32 blocks of 1 MiB.
    private const string IndexFormat = "D6";

    private volatile bool _containerReady;

    public async Task StageBlockAsync(string blobName, int index, byte[] bytes)
    {
        var blob = await BlobAsync(blobName);
        using var content = new MemoryStream(bytes, writable: false);
        await blob.StageBlockAsync(BlockId(index), content);
    }

    public async Task<StoredBlocks> BlocksAsync(string blobName)
    {
        var blob = await BlobAsync(blobName);
        try
        {
            var list = (await blob.GetBlockListAsync(BlockListTypes.All)).Value;
            return new StoredBlocks(Indexes(list.CommittedBlocks), Indexes(list.UncommittedBlocks));
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // No block staged yet: the blob does not exist at all.
            return new StoredBlocks(new HashSet<int>(), new HashSet<int>());
        }
    }

    public async Task CommitAsync(string blobName, int blockCount, string contentType)
    {
        var blob = await BlobAsync(blobName);
        await blob.CommitBlockListAsync(
            Enumerable.Range(0, blockCount).Select(BlockId),
            new CommitBlockListOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } });
    }

    public async Task<byte[]?> ReadAsync(string blobName)
    {
        var blob = await BlobAsync(blobName);
        try
        {
            return (await blob.DownloadContentAsync()).Value.Content.ToArray();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string blobName)
    {
        var blob = await BlobAsync(blobName);
        // Staged blocks cannot be deleted one by one, and a blob holding only staged blocks cannot be deleted: an
        // empty commit discards them (and any earlier content), then the empty blob goes.
        await blob.CommitBlockListAsync([]);
        await blob.DeleteIfExistsAsync();
    }

    private async Task<BlockBlobClient> BlobAsync(string blobName)
    {
        if (!_containerReady)
        {
            await container.CreateIfNotExistsAsync();
            _containerReady = true;
        }
        return container.GetBlockBlobClient(blobName);
    }

    private static string BlockId(int index) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(index.ToString(IndexFormat, CultureInfo.InvariantCulture)));

    private static HashSet<int> Indexes(IEnumerable<BlobBlock> blocks)
    {
        var indexes = new HashSet<int>();
        foreach (var block in blocks)
        {
            // Ids this store did not write are not blocks of the photo.
            var bytes = new byte[8];
            if (Convert.TryFromBase64String(block.Name, bytes, out var length)
                && int.TryParse(Encoding.ASCII.GetString(bytes, 0, length), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                indexes.Add(index);
        }
        return indexes;
    }
}
