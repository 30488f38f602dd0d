using Cooperation.Silo.Hosting;
using Cooperation.Silo.Storage.LocalDisk;
using Cooperation.Silo.Tests.Grains;

namespace Cooperation.Silo.Tests.Storage;

/// <summary>
/// <see cref="LocalDiskGrainStorage"/> inside a real silo: the shared cases, plus one silo per data folder and its
/// start refused without a folder.
/// </summary>
public sealed class LocalDiskGrainStorageSiloTests : GrainStorageSiloTests, IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>A second silo on a folder that a running one holds does not start, and says why in French and English.</summary>
    [Fact]
    public async Task SiloStart_FolderHeldByAnotherSilo_RefusedSayingSo()
    {
        await using var first = BuildCluster(AddStorage);
        await first.DeployAsync(Ct);
        await using var second = BuildCluster(AddStorage);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => second.DeployAsync(Ct));

        var inUse = Assert.IsType<DataDirectoryInUseException>(Innermost<DataDirectoryInUseException>(error));
        Assert.Contains("déjà utilisées", inUse.Message);
        Assert.Contains("already in use", inUse.Message);
    }

    /// <summary>A silo whose provider names no folder refuses to start, saying what to set.</summary>
    [Fact]
    public async Task SiloStart_NoDirectory_FailsWithConfigurationMessage()
    {
        await using var cluster = BuildCluster(silo => silo.AddLocalDiskGrainStorage(PersistentCounterGrain.StorageName, _ => { }));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => cluster.DeployAsync(Ct));

        var configuration = Assert.IsType<OrleansConfigurationException>(Innermost<OrleansConfigurationException>(error));
        Assert.Contains("'cooperation'", configuration.Message);
        Assert.Contains("LocalDiskGrainStorageOptions.Directory", configuration.Message);
    }

    protected override void AddStorage(ISiloBuilder silo) =>
        silo.AddCooperationGrainStorage(new CooperationStorageOptions { Directory = _temp.Path });

    protected override Task<bool> RecordStoredAsync(string name) =>
        Task.FromResult(File.Exists(Path.Combine(_temp.Path, "grainstate", FileNames.Of(name))));
}
