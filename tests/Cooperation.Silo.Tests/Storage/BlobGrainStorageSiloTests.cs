using Cooperation.Silo.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;

namespace Cooperation.Silo.Tests.Storage;

/// <summary>
/// <see cref="BlobGrainStorage"/> inside a real silo, on Azurite: the shared cases, plus its options logged with the
/// account key hidden and its start refused without a way to reach storage.
/// </summary>
public sealed class BlobGrainStorageSiloTests(AzuriteFixture azurite) : GrainStorageSiloTests, IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private readonly string _containerName = AzuriteFixture.NewContainerName();

    /// <summary>Nothing to arrange: the silo creates the container.</summary>
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <summary>Deletes the container the silo created.</summary>
    public async ValueTask DisposeAsync() =>
        await azurite.Service.GetBlobContainerClient(_containerName).DeleteIfExistsAsync();

    /// <summary>The silo logs the provider's options at start, with the connection string's account key hidden.</summary>
    [Fact]
    public async Task SiloStart_OptionsLogged_ConnectionStringRedacted()
    {
        await using var cluster = BuildCluster(AddStorage);
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
        await using var cluster = BuildCluster(silo =>
            silo.AddBlobGrainStorage(PersistentCounterGrain.StorageName, options => options.ContainerName = _containerName));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => cluster.DeployAsync(Ct));

        var configuration = Assert.IsType<OrleansConfigurationException>(Innermost<OrleansConfigurationException>(error));
        Assert.Contains("'cooperation'", configuration.Message);
        Assert.Contains("BlobGrainStorageOptions.ConnectionString", configuration.Message);
    }

    protected override void AddStorage(ISiloBuilder silo) =>
        silo.AddBlobGrainStorage(PersistentCounterGrain.StorageName, options =>
        {
            options.ConnectionString = azurite.ConnectionString;
            options.ContainerName = _containerName;
        });

    protected override async Task<bool> RecordStoredAsync(string name) =>
        await azurite.Service.GetBlobContainerClient(_containerName).GetBlobClient(name).ExistsAsync(Ct);
}
