using System.Globalization;
using System.Text;
using Cooperation.Grains.Uploads;

namespace Cooperation.Silo.Storage.LocalDisk;

/// <summary>
/// Photos on the local disk, behaving as <see cref="BlobAttachmentStore"/>'s block blobs do: one folder per blob
/// holding its staged blocks (<c>block-000000</c>…) and, once committed, its <c>content</c>; every change fsynced
/// before it returns.
/// </summary>
/// <remarks>
/// <c>content</c> starts with one line, <c>{block count} {content type}</c>, then the photo's bytes. Committing
/// writes it in one atomic step and then drops the staged blocks, as Azure discards uncommitted blocks at commit; a
/// crash in between leaves blocks the grain never asks for again. Deleting renames the folder out of sight first, so a
/// blob is either all there or gone.
/// </remarks>
public sealed class LocalDiskAttachmentStore(DataDirectory directory, string containerName) : IAttachmentStore
{
    private const string ContentFile = "content";
    private const string BlockPrefix = "block-";
    private const string TrashPrefix = ".trash-";

    private readonly StripedLocks _locks = new();
    private readonly Lock _opening = new();
    private volatile string? _folder;

    private string Folder => _folder ?? Open();

    public async Task StageBlockAsync(string blobName, int index, byte[] bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        using var _ = await _locks.EnterAsync(blobName, CancellationToken.None);
        var blob = BlobFolder(blobName);
        DurableFiles.CreateFolder(blob);
        DurableFiles.Replace(Path.Combine(blob, BlockName(index)), stream => stream.Write(bytes), CancellationToken.None);
    }

    public Task<StoredBlocks> BlocksAsync(string blobName)
    {
        var blob = BlobFolder(blobName);
        var committed = new HashSet<int>(Enumerable.Range(0, ReadHeader(blob)?.BlockCount ?? 0));
        var staged = new HashSet<int>();
        if (Directory.Exists(blob))
        {
            foreach (var file in Directory.EnumerateFiles(blob, BlockPrefix + "*"))
                if (int.TryParse(Path.GetFileName(file).AsSpan(BlockPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                    staged.Add(index);
        }
        return Task.FromResult(new StoredBlocks(committed, staged));
    }

    public async Task CommitAsync(string blobName, int blockCount, string contentType)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(blockCount);
        using var _ = await _locks.EnterAsync(blobName, CancellationToken.None);
        var blob = BlobFolder(blobName);
        var blocks = Enumerable.Range(0, blockCount).Select(i => Path.Combine(blob, BlockName(i))).ToList();
        // Azure refuses a block list naming a block it does not hold (InvalidBlockList): so does this store.
        if (blocks.FirstOrDefault(block => !File.Exists(block)) is { } missing)
            throw new InvalidOperationException($"Cannot commit '{blobName}': block {Path.GetFileName(missing)} was never staged.");
        DurableFiles.CreateFolder(blob);
        WriteContent(blob, blockCount, contentType, stream =>
        {
            foreach (var block in blocks)
            {
                using var source = File.OpenRead(block);
                source.CopyTo(stream);
            }
        });
        foreach (var block in blocks)
            File.Delete(block);
        DurableFiles.SyncFolder(blob);
    }

    public async Task<byte[]?> ReadAsync(string blobName)
    {
        var path = Path.Combine(BlobFolder(blobName), ContentFile);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        return bytes[(bytes.AsSpan().IndexOf((byte)'\n') + 1)..];
    }

    public async Task DeleteAsync(string blobName)
    {
        using var _ = await _locks.EnterAsync(blobName, CancellationToken.None);
        var blob = BlobFolder(blobName);
        if (!Directory.Exists(blob))
            return;
        // One rename takes the blob away at once; what is left behind by a crash while deleting is swept at the next start.
        var trash = Path.Combine(Folder, $"{TrashPrefix}{Guid.NewGuid():N}");
        DurableFiles.MoveFolder(blob, trash);
        Directory.Delete(trash, recursive: true);
    }

    /// <summary>Stores a photo committed elsewhere (moving data from blob storage), replacing whatever is there.</summary>
    internal async Task ImportCommittedAsync(string blobName, int blockCount, string contentType, byte[] content)
    {
        using var _ = await _locks.EnterAsync(blobName, CancellationToken.None);
        var blob = BlobFolder(blobName);
        DurableFiles.CreateFolder(blob);
        WriteContent(blob, blockCount, contentType, stream => stream.Write(content));
    }

    private string BlobFolder(string blobName) => Path.Combine(Folder, FileNames.Of(blobName));

    private static string BlockName(int index) => BlockPrefix + index.ToString("D6", CultureInfo.InvariantCulture);

    private static void WriteContent(string blob, int blockCount, string contentType, Action<Stream> writeBytes) =>
        DurableFiles.Replace(Path.Combine(blob, ContentFile), stream =>
        {
            // A content type is a short ASCII token (image/jpeg); anything else is kept out of the header line.
            var type = contentType.All(c => c is > ' ' and < '\u007f') ? contentType : "application/octet-stream";
            stream.Write(Encoding.ASCII.GetBytes($"{blockCount.ToString(CultureInfo.InvariantCulture)} {type}\n"));
            writeBytes(stream);
        }, CancellationToken.None);

    private static (int BlockCount, string ContentType)? ReadHeader(string blob)
    {
        Span<byte> header = stackalloc byte[256];
        int length;
        try
        {
            using var file = File.OpenHandle(Path.Combine(blob, ContentFile));
            length = RandomAccess.Read(file, header, fileOffset: 0);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        var line = Encoding.ASCII.GetString(header[..Math.Max(0, header[..length].IndexOf((byte)'\n'))]);
        var space = line.IndexOf(' ');
        return space > 0 && int.TryParse(line.AsSpan(0, space), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? (count, line[(space + 1)..])
            : throw new InvalidDataException($"'{Path.Combine(blob, ContentFile)}' is not a photo of this store: no block count on its first line.");
    }

    // Claims the data folder on first use and sweeps what a crash in the middle of a delete left behind.
    private string Open()
    {
        lock (_opening)
        {
            if (_folder is { } opened)
                return opened;
            var folder = directory.Container(containerName);
            foreach (var trash in Directory.EnumerateDirectories(folder, TrashPrefix + "*"))
                Directory.Delete(trash, recursive: true);
            return _folder = folder;
        }
    }
}
