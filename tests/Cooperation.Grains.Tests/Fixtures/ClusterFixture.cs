using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace Cooperation.Grains.Tests.Fixtures;

/// <summary>
/// One in-process cluster of two silos shared by every grain test; each test uses its own partnership slug.
/// </summary>
/// <remarks>
/// Grain state goes to Orleans' memory storage here: these tests are about grain behaviour. The blob
/// provider has its own conformance tests against Azurite.
/// </remarks>
public sealed class ClusterFixture : IAsyncLifetime
{
    private InProcessTestCluster? _cluster;

    public IGrainFactory Grains => _cluster?.Client ?? throw new InvalidOperationException("The cluster is not deployed.");

    public async ValueTask InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder();
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(StorageNames.Cooperation);
            silo.Services.AddSingleton(TimeProvider.System);
        });
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
            await _cluster.DisposeAsync();
    }

    /// <summary>A slug no other test uses.</summary>
    public static string NewSlug(string prefix = "test") => $"{prefix}-{Guid.NewGuid():N}";
}
