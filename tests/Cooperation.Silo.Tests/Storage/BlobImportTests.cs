using Cooperation.Silo.Storage.LocalDisk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;

namespace Cooperation.Silo.Tests.Storage;

/// <summary>
/// Moving an earlier <c>./run</c>'s data (grain state and photos in Azurite) to the local disk: what the blob providers
/// wrote, the local-disk ones read, under the same names.
/// </summary>
public sealed class BlobImportTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private static readonly GrainType Partnership = GrainType.Create("partnership");
    private static readonly IActivatorProvider Activators =
        new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<IActivatorProvider>();
    private static readonly SystemTextJsonGrainStorageSerializer Json =
        new(Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));

    private readonly string _stateContainer = AzuriteFixture.NewContainerName();
    private readonly string _attachmentsContainer = AzuriteFixture.NewContainerName();
    private readonly TempFolder _temp = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// State as the blob providers wrote it (one record, one cleared but kept) and a committed photo come back through
    /// the local-disk providers; the moved record takes further writes; an unfinished upload is counted, not copied.
    /// </summary>
    [Fact]
    public async Task Import_StateAndPhotosInBlobStorage_ReadBackFromLocalDisk()
    {
        var seneclic = GrainId.Create(Partnership, "seneclic");
        var cleared = GrainId.Create(Partnership, "figuig");
        var state = azurite.Service.GetBlobContainerClient(_stateContainer);
        await EarlierBlobs.Partnership.UploadAsync(state, Ct);
        // What a clear that keeps the record leaves: an empty blob, whose ETag the next write must match.
        await new EarlierBlob(GrainStateRecords.NameOf("partnership", cleared), "").UploadAsync(state, Ct);
        var photo = new byte[80_000];
        Random.Shared.NextBytes(photo);
        var photos = new BlobAttachmentStore(azurite.Service.GetBlobContainerClient(_attachmentsContainer));
        var chunks = photo.Chunk(32_768).ToArray();
        for (var i = 0; i < chunks.Length; i++)
            await photos.StageBlockAsync("seneclic/photo-1/1", i, chunks[i]);
        await photos.CommitAsync("seneclic/photo-1/1", chunks.Length, "image/jpeg");
        await photos.StageBlockAsync("seneclic/photo-2/1", 0, chunks[0]);

        var exit = await BlobImportCommand.RunAsync([
            "--from", azurite.ConnectionString, "--to", _temp.Path, "--container", _stateContainer, "--attachments", _attachmentsContainer]);

        using var directory = new DataDirectory(_temp.Path);
        var local = new LocalDiskGrainStorage("cooperation", new LocalDiskGrainStorageOptions
        {
            Directory = _temp.Path, ContainerName = _stateContainer, GrainStorageSerializer = Json,
        }, directory, Activators, NullLogger<LocalDiskGrainStorage>.Instance);
        var moved = await ReadAsync(local, seneclic);
        var movedCleared = await ReadAsync(local, cleared);
        moved.State!.Count = 13;
        await local.WriteStateAsync("partnership", seneclic, moved, Ct);
        var localPhotos = new LocalDiskAttachmentStore(directory, _attachmentsContainer);

        Assert.Equal(0, exit);
        Assert.Equal(13, (await ReadAsync(local, seneclic)).State!.Count);
        Assert.Equal("Sénéclic", moved.State.Name);
        Assert.False(movedCleared.RecordExists);
        Assert.NotNull(movedCleared.ETag);
        Assert.Equal(photo, await localPhotos.ReadAsync("seneclic/photo-1/1"));
        Assert.Equal([0, 1, 2], (await localPhotos.BlocksAsync("seneclic/photo-1/1")).Committed.Order());
        Assert.Empty((await localPhotos.BlocksAsync("seneclic/photo-2/1")).Staged);
    }

    /// <summary>The copy counts what it copied and checks it on disk; an unfinished upload is counted apart.</summary>
    [Fact]
    public async Task CopyAsync_Counts_EverythingCopiedIsOnDisk()
    {
        for (var i = 0; i < 5; i++)
            await new EarlierBlob(GrainStateRecords.NameOf("partnership", GrainId.Create(Partnership, $"p{i}")), $$"""{"Name":"p{{i}}","Count":{{i}},"Tags":[]}""")
                .UploadAsync(azurite.Service.GetBlobContainerClient(_stateContainer), Ct);
        var photos = new BlobAttachmentStore(azurite.Service.GetBlobContainerClient(_attachmentsContainer));
        await photos.StageBlockAsync("seneclic/photo-1/1", 0, [0xFF, 0xD8]);
        await photos.CommitAsync("seneclic/photo-1/1", 1, "image/jpeg");
        await photos.StageBlockAsync("seneclic/photo-2/1", 0, [0xFF]);

        using var directory = new DataDirectory(_temp.Path);
        var counts = await BlobImport.CopyAsync(azurite.Service, directory, _stateContainer, _attachmentsContainer, Ct);

        Assert.Equal(new BlobImportCounts(Records: 5, RecordsOnDisk: 5, Photos: 1, PhotosOnDisk: 1, UnfinishedUploads: 1), counts);
        Assert.True(counts.Complete);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    // xunit calls DisposeAsync alone when a class has both, so the folder goes here too.
    public async ValueTask DisposeAsync()
    {
        _temp.Dispose();
        await azurite.Service.GetBlobContainerClient(_stateContainer).DeleteIfExistsAsync();
        await azurite.Service.GetBlobContainerClient(_attachmentsContainer).DeleteIfExistsAsync();
    }

    private static async Task<GrainState<TestState>> ReadAsync(IGrainStorage storage, GrainId grainId)
    {
        var state = new GrainState<TestState>();
        await storage.ReadStateAsync("partnership", grainId, state, Ct);
        return state;
    }
}
