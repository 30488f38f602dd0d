using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cooperation.Silo.Tests.Storage;

/// <summary>
/// <see cref="BlobGrainStorage"/> against Azurite: the shared conformance cases, plus the blob provider's own rules
/// (containers, the official provider's blob names and content type).
/// </summary>
/// <remarks>Each test gets its own container, deleted afterwards.</remarks>
public sealed class BlobGrainStorageTests(AzuriteFixture azurite) : GrainStorageConformanceTests, IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private readonly string _containerName = AzuriteFixture.NewContainerName();
    private readonly List<string> _containersToDelete = [];

    private BlobContainerClient Container => azurite.Service.GetBlobContainerClient(_containerName);

    /// <summary>Creates this test's container, as the silo lifecycle does before grains run.</summary>
    public async ValueTask InitializeAsync()
    {
        _containersToDelete.Add(_containerName);
        await Container.CreateAsync(cancellationToken: Ct);
    }

    /// <summary>Deletes every container this test used.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var name in _containersToDelete)
            await azurite.Service.GetBlobContainerClient(name).DeleteIfExistsAsync();
    }

    /// <summary>A missing container reads as "no record", not as an error.</summary>
    [Fact]
    public async Task ReadStateAsync_MissingContainer_ReturnsFreshStateWithoutETag()
    {
        var missing = AzuriteFixture.NewContainerName();

        var read = await ReadAsync(CreateBlobStorage(containerName: missing), NewGrainId());

        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
        Assert.NotNull(read.State);
    }

    /// <summary>An empty blob (a clear that kept the blob) reads as no record, but its ETag is kept.</summary>
    [Fact]
    public async Task ReadStateAsync_EmptyBlob_NoRecordKeepsETag()
    {
        var grainId = NewGrainId();
        var uploaded = await Container.GetBlobClient(BlobGrainStorage.GetBlobName(StateName, grainId))
            .UploadAsync(BinaryData.Empty, cancellationToken: Ct);

        var read = await ReadAsync(CreateStorage(), grainId);

        Assert.False(read.RecordExists);
        Assert.Equal(uploaded.Value.ETag.ToString(), read.ETag);
        Assert.NotNull(read.State);
    }

    /// <summary>The container is created at the provider's silo lifecycle stage, not when the provider is built.</summary>
    [Fact]
    public async Task Participate_SiloLifecycleStarts_CreatesContainer()
    {
        var containerName = UseExtraContainer();
        var storage = CreateBlobStorage(containerName: containerName);
        var lifecycle = new SiloLifecycleSubject(NullLogger<SiloLifecycleSubject>.Instance);
        var container = azurite.Service.GetBlobContainerClient(containerName);

        storage.Participate(lifecycle);
        Assert.False(await container.ExistsAsync(Ct));
        await lifecycle.OnStart(Ct);

        Assert.True(await container.ExistsAsync(Ct));
    }

    /// <summary>A write into a container deleted after start recreates the container and succeeds.</summary>
    [Fact]
    public async Task WriteStateAsync_MissingContainer_CreatesContainerAndWrites()
    {
        var storage = CreateStorage();
        var grainId = NewGrainId();
        await Container.DeleteAsync(cancellationToken: Ct);

        await storage.WriteStateAsync(StateName, grainId, NewState("recreated", 1), Ct);

        Assert.Equal("recreated", (await ReadAsync(storage, grainId)).State!.Name);
    }

    /// <summary>
    /// The stored blob has the official provider's name and content type and holds the serializer's JSON, so the
    /// official provider can read it.
    /// </summary>
    [Fact]
    public async Task WriteStateAsync_NewRecord_StoresJsonBlobUnderOfficialName()
    {
        var grainId = GrainId.Create(TestGrainType, "Besançon");
        await CreateStorage().WriteStateAsync(StateName, grainId, NewState("Besançon", 4), Ct);

        var blob = Container.GetBlobClient("state-testgrain/Besançon.json");
        var content = (await blob.DownloadContentAsync(Ct)).Value;

        Assert.Equal("application/octet-stream", content.Details.ContentType);
        using var json = JsonDocument.Parse(content.Content);
        Assert.Equal("Besançon", json.RootElement.GetProperty("Name").GetString());
        Assert.Equal(4, json.RootElement.GetProperty("Count").GetInt32());
    }

    protected override IGrainStorage CreateStorage(bool deleteStateOnClear = true, IGrainStorageSerializer? serializer = null) =>
        CreateBlobStorage(deleteStateOnClear, serializer: serializer);

    protected override async Task<List<string>> RecordNamesAsync()
    {
        var names = new List<string>();
        await foreach (var item in Container.GetBlobsAsync(cancellationToken: Ct))
            names.Add(item.Name);
        return names;
    }

    private BlobGrainStorage CreateBlobStorage(bool deleteStateOnClear = true, string? containerName = null, IGrainStorageSerializer? serializer = null) =>
        new("test",
            new BlobGrainStorageOptions
            {
                ConnectionString = azurite.ConnectionString,
                ContainerName = containerName ?? _containerName,
                DeleteStateOnClear = deleteStateOnClear,
                GrainStorageSerializer = serializer ?? Json,
            },
            Activators,
            NullLogger<BlobGrainStorage>.Instance);

    private string UseExtraContainer()
    {
        var name = AzuriteFixture.NewContainerName();
        _containersToDelete.Add(name);
        return name;
    }
}
