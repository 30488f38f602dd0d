using Cooperation.Silo.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace Cooperation.Silo.Tests.Storage;

/// <summary>
/// The provider inside a real silo, registered the way the host does it: <c>AddBlobGrainStorage</c> plus
/// <c>UseSystemTextJsonGrainStorageSerializer</c>.
/// </summary>
public sealed class BlobGrainStorageSiloTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private readonly string _containerName = AzuriteFixture.NewContainerName();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Nothing to arrange: the silo creates the container.</summary>
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <summary>Deletes the container the silo created.</summary>
    public async ValueTask DisposeAsync() =>
        await azurite.Service.GetBlobContainerClient(_containerName).DeleteIfExistsAsync();

    /// <summary>
    /// A grain's state survives its deactivation: the new activation reads what the old one wrote, from the blob
    /// the silo's container holds.
    /// </summary>
    [Fact]
    public async Task PersistentState_GrainDeactivated_NewActivationReadsStoredState()
    {
        await using var cluster = BuildCluster(options =>
        {
            options.ConnectionString = azurite.ConnectionString;
            options.ContainerName = _containerName;
        });
        await cluster.DeployAsync(Ct);
        var container = azurite.Service.GetBlobContainerClient(_containerName);
        Assert.True(await container.ExistsAsync(Ct));

        var grain = cluster.Client.GetGrain<IPersistentCounterGrain>("Guédiawaye");
        await grain.IncrementAsync();
        Assert.Equal(2, await grain.IncrementAsync());
        var firstActivation = await grain.GetActivationIdAsync();

        await cluster.DeactivateAsync(grain);

        Assert.Equal(2, await grain.GetAsync());
        Assert.NotEqual(firstActivation, await grain.GetActivationIdAsync());
        var blobName = BlobGrainStorage.GetBlobName(PersistentCounterGrain.StateName, grain.GetGrainId());
        Assert.True(await container.GetBlobClient(blobName).ExistsAsync(Ct));
    }

    /// <summary>The silo logs the provider's options at start, with the connection string's account key hidden.</summary>
    [Fact]
    public async Task SiloStart_OptionsLogged_ConnectionStringRedacted()
    {
        await using var cluster = BuildCluster(options =>
        {
            options.ConnectionString = azurite.ConnectionString;
            options.ContainerName = _containerName;
        });
        await cluster.DeployAsync(Ct);
        var accountKey = azurite.ConnectionString.Split(';')
            .Single(part => part.StartsWith("AccountKey=", StringComparison.Ordinal))["AccountKey=".Length..];

        var formatters = cluster.Silos[0].ServiceProvider.GetServices<IOptionFormatter>();

        var logged = Assert.Single(formatters, f => f.Name.Contains(nameof(BlobGrainStorageOptions)) && f.Name.Contains("cooperation"))
            .Format().ToList();
        Assert.Contains(logged, line => line.Contains(_containerName));
        Assert.DoesNotContain(logged, line => line.Contains(accountKey));
    }

    /// <summary>A silo whose provider has no way to reach storage refuses to start, saying what to set.</summary>
    [Fact]
    public async Task SiloStart_NoConnection_FailsWithConfigurationMessage()
    {
        await using var cluster = BuildCluster(options => options.ContainerName = _containerName);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => cluster.DeployAsync(Ct));

        var configuration = Assert.IsType<OrleansConfigurationException>(Innermost<OrleansConfigurationException>(error));
        Assert.Contains("'cooperation'", configuration.Message);
        Assert.Contains("BlobGrainStorageOptions.ConnectionString", configuration.Message);
    }

    private static InProcessTestCluster BuildCluster(Action<BlobGrainStorageOptions> configure)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.UseSystemTextJsonGrainStorageSerializer();
            silo.AddBlobGrainStorage(PersistentCounterGrain.StorageName, configure);
        });
        return builder.Build();
    }

    private static Exception? Innermost<T>(Exception error) where T : Exception
    {
        for (Exception? current = error; current is not null; current = current.InnerException)
        {
            if (current is T)
                return current;
            if (current is AggregateException aggregate)
                return aggregate.InnerExceptions.Select(Innermost<T>).FirstOrDefault(found => found is not null);
        }
        return null;
    }
}
