using System.Diagnostics.Metrics;
using Cooperation.Silo.Diagnostics;
using Cooperation.Silo.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace Cooperation.Silo.Tests.Storage;

/// <summary>
/// The grain storage inside a real silo, registered the way the host does it (<c>AddCooperationGrainStorage</c>, with
/// <c>UseSystemTextJsonGrainStorageSerializer</c>); one subclass per kind of store.
/// </summary>
public abstract class GrainStorageSiloTests
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Registers the provider under test as <see cref="PersistentCounterGrain.StorageName"/>, on this test's store.</summary>
    protected abstract void AddStorage(ISiloBuilder silo);

    /// <summary>Whether this test's store holds record <paramref name="name"/>, looked at behind the silo's back.</summary>
    protected abstract Task<bool> RecordStoredAsync(string name);

    /// <summary>
    /// A grain's state survives its deactivation: the new activation reads what the old one wrote, from the record
    /// the store holds.
    /// </summary>
    [Fact]
    public async Task PersistentState_GrainDeactivated_NewActivationReadsStoredState()
    {
        await using var cluster = BuildCluster(AddStorage);
        await cluster.DeployAsync(Ct);

        var grain = cluster.Client.GetGrain<IPersistentCounterGrain>("Guédiawaye");
        await grain.IncrementAsync();
        Assert.Equal(2, await grain.IncrementAsync());
        var firstActivation = await grain.GetActivationIdAsync();

        await cluster.DeactivateAsync(grain);

        Assert.Equal(2, await grain.GetAsync());
        Assert.NotEqual(firstActivation, await grain.GetActivationIdAsync());
        Assert.True(await RecordStoredAsync(GrainStateRecords.NameOf(PersistentCounterGrain.StateName, grain.GetGrainId())));
    }

    /// <summary>A whole silo stopped and started again on the same store finds every grain's state.</summary>
    [Fact]
    public async Task PersistentState_SiloRestarted_StateStillThere()
    {
        await using (var first = BuildCluster(AddStorage))
        {
            await first.DeployAsync(Ct);
            var grain = first.Client.GetGrain<IPersistentCounterGrain>("Figuig");
            for (var i = 0; i < 3; i++)
                await grain.IncrementAsync();
        }

        await using var second = BuildCluster(AddStorage);
        await second.DeployAsync(Ct);

        Assert.Equal(3, await second.Client.GetGrain<IPersistentCounterGrain>("Figuig").GetAsync());
    }

    /// <summary>
    /// Every write is counted once, with the bytes of the record stored (what the confirmation-cost tests and the
    /// benchmark's write figures rest on), whichever store holds it.
    /// </summary>
    [Fact]
    public async Task PersistentState_Writes_CountedWithTheirBytes()
    {
        await using var cluster = BuildCluster(AddStorage);
        await cluster.DeployAsync(Ct);
        var grain = cluster.Client.GetGrain<IPersistentCounterGrain>("Kaolack");
        await grain.GetAsync();
        using var costs = new CostRecorder(cluster.Silos[0].ServiceProvider.GetRequiredService<IMeterFactory>());

        for (var i = 0; i < 3; i++)
            await grain.IncrementAsync();

        var counted = costs.Snapshot();
        Assert.Equal(3, counted.StorageWritesByState["persistentcounter/counter"]);
        // {"Count":1}, {"Count":2}, {"Count":3}: 11 bytes each.
        Assert.Equal(33, counted.BytesWrittenByState["persistentcounter/counter"]);
    }

    protected static InProcessTestCluster BuildCluster(Action<ISiloBuilder> addStorage)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.UseSystemTextJsonGrainStorageSerializer();
            addStorage(silo);
        });
        return builder.Build();
    }

    protected static Exception? Innermost<T>(Exception error) where T : Exception
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
