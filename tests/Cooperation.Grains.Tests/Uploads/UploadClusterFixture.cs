using Azure.Storage.Blobs;
using Cooperation.Grains.Uploads;
using Cooperation.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace Cooperation.Grains.Tests.Uploads;

/// <summary>
/// A cluster for the upload tests: grain state in memory as in <see cref="ClusterFixture"/>, but photo blocks in real
/// blob storage (<c>COOPERATION_TEST_BLOB_CONNECTION</c>, Azurite under <c>./test</c>), because which blocks arrived
/// is asked of the storage itself. Its own clock, so moving it by a week touches no other test.
/// </summary>
public sealed class UploadClusterFixture : IAsyncLifetime
{
    public const string ConnectionVariable = "COOPERATION_TEST_BLOB_CONNECTION";

    private InProcessTestCluster? _cluster;

    public IGrainFactory Grains => _cluster?.Client ?? throw new InvalidOperationException("The cluster is not deployed.");

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>This fixture's attachments container, to look at blocks behind the grains' back.</summary>
    public BlobContainerClient Container { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var connection = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (string.IsNullOrWhiteSpace(connection))
            throw new InvalidOperationException(
                $"{ConnectionVariable} is not set: the upload tests need blob storage. Run ./test, which starts Azurite and exports it.");
        Container = new BlobServiceClient(connection).GetBlobContainerClient($"uploads-{Guid.NewGuid():N}");

        var builder = new InProcessTestClusterBuilder();
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(StorageNames.Cooperation);
            silo.Services.AddSingleton<TimeProvider>(Time);
            silo.Services.AddSingleton<IAttachmentStore>(new BlobAttachmentStore(Container));
            silo.Services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
        });
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
            await _cluster.DisposeAsync();
        await Container.DeleteIfExistsAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class UploadClusterCollection : ICollectionFixture<UploadClusterFixture>
{
    public const string Name = "UploadCluster";
}
