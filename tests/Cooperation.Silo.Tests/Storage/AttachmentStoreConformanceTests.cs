using Cooperation.Grains.Uploads;

namespace Cooperation.Silo.Tests.Storage;

/// <summary>
/// What every photo store must do for the upload grain: staged blocks, which arrived, a commit in index order, a read,
/// a delete. One subclass per store: <see cref="BlobAttachmentStoreTests"/> (Azure block blobs, on Azurite) and
/// <see cref="LocalDiskAttachmentStoreTests"/> (the embedded default's local disk).
/// </summary>
public abstract class AttachmentStoreConformanceTests
{
    protected const string Name = "seneclic/photo-1/1";

    /// <summary>A store on this test's own, empty container.</summary>
    protected abstract IAttachmentStore Store { get; }

    /// <summary>Blocks staged out of order make a photo with the blocks in index order.</summary>
    [Fact]
    public async Task CommitRead_BlocksStagedOutOfOrder_ContentInIndexOrder()
    {
        var blocks = Blocks(3);
        foreach (var index in new[] { 2, 0, 1 })
            await Store.StageBlockAsync(Name, index, blocks[index]);

        await Store.CommitAsync(Name, 3, "image/jpeg");

        Assert.Equal(blocks.SelectMany(b => b), await Store.ReadAsync(Name));
    }

    /// <summary>Before any block, the blob has neither committed nor staged blocks and nothing to read.</summary>
    [Fact]
    public async Task BlocksRead_NothingStaged_EmptyAndNull()
    {
        var stored = await Store.BlocksAsync(Name);

        Assert.Empty(stored.Committed);
        Assert.Empty(stored.Staged);
        Assert.Null(await Store.ReadAsync(Name));
    }

    /// <summary>Staged blocks are listed as staged, none as committed, and nothing reads yet.</summary>
    [Fact]
    public async Task BlocksAsync_SomeStaged_ListedAsStaged()
    {
        var blocks = Blocks(4);
        await Store.StageBlockAsync(Name, 0, blocks[0]);
        await Store.StageBlockAsync(Name, 3, blocks[3]);

        var stored = await Store.BlocksAsync(Name);

        Assert.Equal([0, 3], stored.Staged.Order());
        Assert.Empty(stored.Committed);
        Assert.Null(await Store.ReadAsync(Name));
    }

    /// <summary>Staging an index again replaces the block: the later bytes are the ones committed.</summary>
    [Fact]
    public async Task StageBlockAsync_SameIndexTwice_LaterBytesKept()
    {
        var blocks = Blocks(2);
        await Store.StageBlockAsync(Name, 0, [1, 2, 3]);
        await Store.StageBlockAsync(Name, 0, blocks[0]);
        await Store.StageBlockAsync(Name, 1, blocks[1]);

        await Store.CommitAsync(Name, 2, "image/png");

        Assert.Equal(blocks.SelectMany(b => b), await Store.ReadAsync(Name));
    }

    /// <summary>After the commit every block is committed and none is left staged.</summary>
    [Fact]
    public async Task CommitAsync_AllStaged_CommittedAndNoneLeftStaged()
    {
        await StageAllAsync(Blocks(3));

        await Store.CommitAsync(Name, 3, "image/webp");
        var stored = await Store.BlocksAsync(Name);

        Assert.Equal([0, 1, 2], stored.Committed.Order());
        Assert.Empty(stored.Staged);
    }

    /// <summary>A commit naming a block never staged is refused and commits nothing.</summary>
    [Fact]
    public async Task CommitAsync_BlockNeverStaged_RefusedNothingCommitted()
    {
        var blocks = Blocks(3);
        await Store.StageBlockAsync(Name, 0, blocks[0]);
        await Store.StageBlockAsync(Name, 2, blocks[2]);

        await Assert.ThrowsAnyAsync<Exception>(() => Store.CommitAsync(Name, 3, "image/jpeg"));

        Assert.Null(await Store.ReadAsync(Name));
        Assert.Empty((await Store.BlocksAsync(Name)).Committed);
    }

    /// <summary>Deleting takes the photo and every staged block; the name can then start afresh.</summary>
    [Fact]
    public async Task DeleteAsync_CommittedAndStaged_AllGoneAndReusable()
    {
        var blocks = Blocks(2);
        await StageAllAsync(blocks);
        await Store.CommitAsync(Name, 2, "image/jpeg");
        await Store.StageBlockAsync(Name, 1, blocks[1]);

        await Store.DeleteAsync(Name);
        var afterDelete = await Store.BlocksAsync(Name);
        await Store.StageBlockAsync(Name, 0, [7, 7, 7]);

        Assert.Empty(afterDelete.Committed);
        Assert.Empty(afterDelete.Staged);
        Assert.Null(await Store.ReadAsync(Name));
        Assert.Equal([0], (await Store.BlocksAsync(Name)).Staged);
    }

    /// <summary>Deleting a blob that never existed is not an error.</summary>
    [Fact]
    public async Task DeleteAsync_NothingThere_NoError()
    {
        await Store.DeleteAsync(Name);

        Assert.Null(await Store.ReadAsync(Name));
    }

    /// <summary>Two attempts of one upload (names differing after the last slash) are two blobs.</summary>
    [Fact]
    public async Task Blobs_TwoAttemptsOfOneUpload_Independent()
    {
        var blocks = Blocks(1);
        await StageAllAsync(blocks);
        await Store.CommitAsync(Name, 1, "image/jpeg");

        await Store.StageBlockAsync("seneclic/photo-1/2", 0, [9]);
        await Store.DeleteAsync("seneclic/photo-1/2");

        Assert.Equal(blocks[0], await Store.ReadAsync(Name));
        Assert.Null(await Store.ReadAsync("seneclic/photo-1/2"));
    }

    protected async Task StageAllAsync(byte[][] blocks)
    {
        for (var i = 0; i < blocks.Length; i++)
            await Store.StageBlockAsync(Name, i, blocks[i]);
    }

    /// <summary><paramref name="count"/> blocks of random bytes, the last one shorter, as a photo's are.</summary>
    protected static byte[][] Blocks(int count) =>
        [.. Enumerable.Range(0, count).Select(i => RandomBytes(i == count - 1 ? 1_000 : 32_768))];

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }
}
