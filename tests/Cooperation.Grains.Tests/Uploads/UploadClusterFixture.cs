using Cooperation.Grains.Uploads;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace Cooperation.Grains.Tests.Uploads;

/// <summary>
/// A cluster for the upload tests: grain state in memory as in <see cref="ClusterFixture"/>, but photo blocks in a real
/// photo store, because which blocks arrived is asked of the store itself. One subclass per store. Its own clock, so
/// moving it by a week touches no other test.
/// </summary>
public abstract class UploadClusterFixture : IAsyncLifetime
{
    private InProcessTestCluster? _cluster;
    private IAttachmentStore? _store;

    public IGrainFactory Grains => _cluster?.Client ?? throw new InvalidOperationException("The cluster is not deployed.");

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The silo's photo store, to look at blocks behind the grains' back.</summary>
    public IAttachmentStore Store => _store ?? throw new InvalidOperationException("The cluster is not deployed.");

    /// <summary>The reminder called <paramref name="name"/> of <paramref name="grain"/>, or null when none is scheduled.</summary>
    public Task<ReminderEntry?> ReminderAsync(IAddressable grain, string name) =>
        Reminders.ReadAsync(_cluster ?? throw new InvalidOperationException("The cluster is not deployed."), grain, name);

    /// <summary>The store the silo gets, on a container (or folder) of this fixture's own.</summary>
    protected abstract IAttachmentStore CreateStore();

    /// <summary>Removes what <see cref="CreateStore"/> made.</summary>
    protected abstract ValueTask DeleteStoreAsync();

    public async ValueTask InitializeAsync()
    {
        _store = CreateStore();
        var builder = new InProcessTestClusterBuilder();
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(StorageNames.Cooperation);
            silo.Services.AddSingleton<TimeProvider>(Time);
            silo.Services.AddSingleton(_store);
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
        await DeleteStoreAsync();
    }
}
