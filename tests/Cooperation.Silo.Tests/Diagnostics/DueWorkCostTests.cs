using System.Diagnostics.Metrics;
using Cooperation.Silo.Diagnostics;
using Cooperation.Silo.Hosting;
using Cooperation.Silo.Storage;
using Cooperation.Silo.Tests.Fixtures;
using Cooperation.Silo.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Hosting;
using Orleans.Reminders;
using Orleans.TestingHost;

namespace Cooperation.Silo.Tests.Diagnostics;

/// <summary>
/// What a request costs is counted apart from the due work that runs meanwhile: a reminder's tick, and the calls and
/// writes it makes, are listed as due work and left out of the request's totals (so that a report falling due while a
/// confirmation is measured does not make the confirmation look dearer), and the mark does not stick to what follows.
/// </summary>
public sealed class DueWorkCostTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ReminderTick_CallsAndWrites_CountedAsDueWorkNotAsTheRequest()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var ticks = new ReminderTicks();
        await using var cluster = BuildCluster(clock, ticks);
        await cluster.DeployAsync(Ct);
        var reminder = cluster.Client.GetGrain<ICountingReminderGrain>("saint-louis");
        var counter = cluster.Client.GetGrain<IPersistentCounterGrain>("saint-louis");
        await counter.GetAsync();
        using var costs = new CostRecorder(cluster.Silos[0].ServiceProvider.GetRequiredService<IMeterFactory>());

        await reminder.ScheduleAsync(TimeSpan.FromMinutes(1));
        var heard = ticks.HeardFrom("saint-louis");
        for (var beat = 0; beat < 600 && !heard.IsCompleted; beat++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            await Task.WhenAny(heard, Task.Delay(50, Ct));
        }
        Assert.True(heard.IsCompleted, "the reminder never ticked");
        await costs.SettleAsync(cancellationToken: Ct);
        var duringTick = costs.Snapshot();
        costs.Reset();

        await counter.IncrementAsync();
        var afterwards = costs.Snapshot();

        Assert.Multiple(
            () => Assert.Equal(1, duringTick.GrainCalls),
            () => Assert.Equal(1, duringTick.GrainCallsByMethod["countingreminder.ScheduleAsync"]),
            () => Assert.True(duringTick.GrainCallsByMethod.GetValueOrDefault("due-work:persistentcounter.IncrementAsync") >= 1, duringTick.DescribeGrainCalls()),
            () => Assert.Equal(0, duringTick.StorageWrites),
            () => Assert.True(duringTick.StorageWritesByState.GetValueOrDefault("due-work:persistentcounter/counter") >= 1, duringTick.DescribeStorageWrites()),
            () => Assert.Equal(1, afterwards.GrainCalls),
            () => Assert.Equal(1, afterwards.StorageWrites));
    }

    private InProcessTestCluster BuildCluster(TimeProvider reminderClock, ReminderTicks ticks)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            var storage = new CooperationStorageOptions { Directory = _temp.Path };
            silo.Services.AddMetrics();
            silo.Services.AddSingleton<SiloMetrics>();
            silo.AddIncomingGrainCallFilter<GrainCallCounter>();
            silo.UseSystemTextJsonGrainStorageSerializer();
            silo.AddCooperationGrainStorage(storage);
            silo.AddCooperationReminders(storage);
            silo.Services.AddSingleton(ticks);
            silo.Services.AddKeyedSingleton(ReminderTimeProviderNames.Reminders, reminderClock);
        });
        return builder.Build();
    }
}
