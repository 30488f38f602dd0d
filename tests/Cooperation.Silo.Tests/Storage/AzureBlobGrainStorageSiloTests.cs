using Azure.Storage.Blobs;
using Cooperation.Grains.Uploads;
using Cooperation.Silo.Hosting;
using Cooperation.Silo.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Cooperation.Silo.Tests.Storage;

/// <summary>
/// Grain state in a storage account (Azurite here), through Orleans' Azure blob provider as the host registers it: the
/// shared cases, plus the records an earlier release wrote read back unchanged and the account's one client.
/// </summary>
public sealed class AzureBlobGrainStorageSiloTests(AzuriteFixture azurite) : GrainStorageSiloTests, IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private readonly string _containerName = AzuriteFixture.NewContainerName();
    private readonly string _attachmentsContainerName = AzuriteFixture.NewContainerName();

    private BlobContainerClient Container => azurite.Service.GetBlobContainerClient(_containerName);

    private CooperationStorageOptions Storage => new()
    {
        ConnectionString = azurite.ConnectionString,
        ContainerName = _containerName,
        AttachmentsContainerName = _attachmentsContainerName,
    };

    /// <summary>Nothing to arrange: the silo creates the container.</summary>
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <summary>Deletes the containers the silo created.</summary>
    public async ValueTask DisposeAsync()
    {
        await Container.DeleteIfExistsAsync();
        await azurite.Service.GetBlobContainerClient(_attachmentsContainerName).DeleteIfExistsAsync();
    }

    /// <summary>
    /// A grain whose record an earlier release wrote finds its state, and its next write replaces that record, under the
    /// same name, in the same format.
    /// </summary>
    [Fact]
    public async Task EarlierRecord_GrainActivated_ReadsItThenWritesTheSameFormat()
    {
        var earlierETag = await EarlierBlobs.Counter.UploadAsync(Container, Ct);
        await using var cluster = BuildCluster(AddStorage);
        await cluster.DeployAsync(Ct);
        var grain = cluster.Client.GetGrain<IPersistentCounterGrain>("Guédiawaye");

        Assert.Equal(2, await grain.GetAsync());
        Assert.Equal(3, await grain.IncrementAsync());

        var stored = (await Container.GetBlobClient(EarlierBlobs.Counter.Name).DownloadContentAsync(Ct)).Value;
        Assert.Equal("""{"Count":3}""", stored.Content.ToString());
        Assert.Equal(EarlierBlobs.ContentType, stored.Details.ContentType);
        Assert.NotEqual(earlierETag, stored.Details.ETag);
        Assert.Equal([EarlierBlobs.Counter.Name], await BlobNamesAsync());
    }

    /// <summary>
    /// Records an earlier release wrote read back with their values and their blob's ETag, which a write must then
    /// match: a write holding that ETag replaces the record, one holding an older ETag is refused.
    /// </summary>
    [Fact]
    public async Task EarlierRecords_ReadThroughTheProvider_SameValuesAndETags()
    {
        var partnershipETag = await EarlierBlobs.Partnership.UploadAsync(Container, Ct);
        var stringKeyETag = await EarlierBlobs.StringKey.UploadAsync(Container, Ct);
        await using var cluster = BuildCluster(AddStorage);
        await cluster.DeployAsync(Ct);
        var storage = cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(PersistentCounterGrain.StorageName);

        var partnership = new GrainState<TestState>();
        await storage.ReadStateAsync("partnership", GrainId.Create(GrainType.Create("partnership"), "seneclic"), partnership, Ct);
        var stringKey = new GrainState<TestState>();
        var stringKeyId = GrainId.Create(GrainType.Create("testgrain"), "São Tomé / Príncipe");
        await storage.ReadStateAsync("state", stringKeyId, stringKey, Ct);

        Assert.True(partnership.RecordExists);
        Assert.Equal(partnershipETag.ToString(), partnership.ETag);
        Assert.Equal("Sénéclic", partnership.State!.Name);
        Assert.Equal(12, partnership.State!.Count);
        Assert.Equal(["Besançon", "Кооперация"], partnership.State!.Tags);
        Assert.True(stringKey.RecordExists);
        Assert.Equal(stringKeyETag.ToString(), stringKey.ETag);
        Assert.Equal("a?b#c%d&e+f", stringKey.State!.Name);
        Assert.Equal(-3, stringKey.State!.Count);

        stringKey.State!.Count = 4;
        await storage.WriteStateAsync("state", stringKeyId, stringKey, Ct);
        var stale = new GrainState<TestState> { State = new TestState { Name = "stale" }, ETag = stringKeyETag.ToString() };
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("state", stringKeyId, stale, Ct));
        var reread = new GrainState<TestState>();
        await storage.ReadStateAsync("state", stringKeyId, reread, Ct);
        Assert.Equal(4, reread.State!.Count);
        Assert.Equal(stringKey.ETag, reread.ETag);
    }

    /// <summary>Grain state and photos reach the account through one client, registered once.</summary>
    [Fact]
    public async Task SiloStart_GrainStateAndPhotos_ShareOneBlobServiceClient()
    {
        await using var cluster = BuildCluster(silo =>
        {
            AddStorage(silo);
            silo.Services.AddAttachmentStore(Storage);
        });
        await cluster.DeployAsync(Ct);
        var services = cluster.Silos[0].ServiceProvider;

        var client = Assert.Single(services.GetServices<BlobServiceClient>());
        var grainStorage = services.GetRequiredService<IOptionsMonitor<AzureBlobStorageOptions>>().Get(PersistentCounterGrain.StorageName);
        Assert.Same(client, grainStorage.BlobServiceClient);
        var photos = services.GetRequiredService<IAttachmentStore>();
        await photos.StageBlockAsync("seneclic/photo-1/1", 0, [0xFF, 0xD8]);
        await photos.CommitAsync("seneclic/photo-1/1", 1, "image/jpeg");
        Assert.True(await client.GetBlobContainerClient(_attachmentsContainerName).GetBlobClient("seneclic/photo-1/1").ExistsAsync(Ct));
    }

    protected override void AddStorage(ISiloBuilder silo) => silo.AddCooperationGrainStorage(Storage);

    protected override async Task<bool> RecordStoredAsync(string name) => await Container.GetBlobClient(name).ExistsAsync(Ct);

    private async Task<List<string>> BlobNamesAsync()
    {
        var names = new List<string>();
        await foreach (var item in Container.GetBlobsAsync(cancellationToken: Ct))
            names.Add(item.Name);
        return names;
    }
}
