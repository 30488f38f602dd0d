using Cooperation.Grains.Uploads;
using Cooperation.Silo.Storage.LocalDisk;

namespace Cooperation.Silo.Tests.Storage;

/// <summary>
/// <see cref="LocalDiskAttachmentStore"/>, the embedded default's photo store: the shared cases, plus a photo read back
/// after the process that wrote it let the folder go, and what a crash while deleting leaves.
/// </summary>
public sealed class LocalDiskAttachmentStoreTests : AttachmentStoreConformanceTests, IDisposable
{
    private const string ContainerName = "attachments";

    private readonly TempFolder _temp = new();
    private readonly DataDirectory _directory;

    public LocalDiskAttachmentStoreTests()
    {
        _directory = new DataDirectory(_temp.Path);
        Store = new LocalDiskAttachmentStore(_directory, ContainerName);
    }

    protected override IAttachmentStore Store { get; }

    public void Dispose()
    {
        _directory.Dispose();
        _temp.Dispose();
    }

    /// <summary>A committed photo and staged blocks are there for the next process on the folder, byte for byte.</summary>
    [Fact]
    public async Task Photo_NextProcessOnTheFolder_ReadsItIntact()
    {
        var blocks = Blocks(3);
        await StageAllAsync(blocks);
        await Store.CommitAsync(Name, 3, "image/jpeg");
        await Store.StageBlockAsync("seneclic/photo-2/1", 1, blocks[1]);
        _directory.Dispose();

        using var next = new DataDirectory(_temp.Path);
        var reopened = new LocalDiskAttachmentStore(next, ContainerName);

        Assert.Equal(blocks.SelectMany(b => b), await reopened.ReadAsync(Name));
        Assert.Equal([0, 1, 2], (await reopened.BlocksAsync(Name)).Committed.Order());
        Assert.Equal([1], (await reopened.BlocksAsync("seneclic/photo-2/1")).Staged);
    }

    /// <summary>A blob moved aside by a delete that a crash cut short is swept when the store next opens.</summary>
    [Fact]
    public async Task Open_DeleteCutShortByACrash_LeftoversSwept()
    {
        await Store.StageBlockAsync(Name, 0, [1]);
        _directory.Dispose();
        var leftover = Directory.CreateDirectory(Path.Combine(_temp.Path, ContainerName, ".trash-0123456789abcdef"));
        await File.WriteAllBytesAsync(Path.Combine(leftover.FullName, "block-000000"), [1, 2], TestContext.Current.CancellationToken);

        using var next = new DataDirectory(_temp.Path);
        var reopened = new LocalDiskAttachmentStore(next, ContainerName);

        Assert.Equal([0], (await reopened.BlocksAsync(Name)).Staged);
        Assert.False(Directory.Exists(leftover.FullName));
    }
}
