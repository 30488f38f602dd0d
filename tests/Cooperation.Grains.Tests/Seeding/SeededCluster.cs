using Cooperation.Silo.Hosting;
using Cooperation.Silo.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace Cooperation.Grains.Tests.Seeding;

/// <summary>
/// A one-silo cluster of its own, seeded as a first start of the platform would seed it, with the grains' clock on a
/// day chosen by the test: the seed must not depend on that day.
/// </summary>
public sealed class SeededCluster : IAsyncDisposable
{
    private readonly InProcessTestCluster _cluster;

    private SeededCluster(InProcessTestCluster cluster) => _cluster = cluster;

    public IGrainFactory Grains => _cluster.Client;

    /// <summary>Starts the cluster with its clock at <paramref name="firstStart"/>, then runs the seed once.</summary>
    public static async Task<SeededCluster> StartAsync(DateTimeOffset firstStart)
    {
        var time = new FakeTimeProvider(firstStart);
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(StorageNames.Cooperation);
            silo.Services.AddSingleton<TimeProvider>(time);
            silo.Services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
            silo.UseInMemoryReminderService();
        });
        var seeded = new SeededCluster(builder.Build());
        await seeded._cluster.DeployAsync();
        var seed = new SeedPartnershipsTask(seeded.Grains, new CooperationSiloOptions(), time, NullLogger<SeedPartnershipsTask>.Instance);
        await seed.Execute(TestContext.Current.CancellationToken);
        return seeded;
    }

    public ValueTask DisposeAsync() => _cluster.DisposeAsync();
}
