using Cooperation.Silo.Storage.LocalDisk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Hosting;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Cooperation.Grains.Tests.Common;

/// <summary>
/// A one-silo cluster whose grain state is stored as the embedded default stores it (JSON records on the local disk,
/// in a folder of its own), so the index tests can write a record as the version before wrote it, and see whether a
/// call wrote one.
/// </summary>
public sealed class IndexClusterFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cooperation-tests", $"indexes-{Guid.NewGuid():N}");
    private InProcessTestCluster? _cluster;

    public IGrainFactory Grains => Cluster.Client;

    /// <summary>The silo's grain storage, to read and write records behind the grains' back.</summary>
    public IGrainStorage Storage => Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Cooperation);

    private InProcessTestCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster is not deployed.");

    public async ValueTask InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.UseSystemTextJsonGrainStorageSerializer();
            silo.AddLocalDiskGrainStorage(StorageNames.Cooperation, options => options.Directory = _folder);
            silo.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(DateTimeOffset.UtcNow));
            silo.Services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
            silo.UseInMemoryReminderService();
        });
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
            await _cluster.DisposeAsync();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
