using Cooperation.Silo.Hosting;
using Cooperation.Silo.Storage.LocalDisk;
using Cooperation.Silo.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Hosting;
using Orleans.Reminders;
using Orleans.TestingHost;

namespace Cooperation.Silo.Tests.Storage;

/// <summary>
/// The embedded default's reminder table: rows kept as Azure Table reminders keep them (an upsert gives a new ETag, a
/// removal needs the current one, ranges of grain hashes wrap around), on the local disk, so that a silo started again
/// on the same data folder still has them, and ticks them.
/// </summary>
public sealed class LocalDiskReminderTableTests : IDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    private readonly TempFolder _temp = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _temp.Dispose();

    /// <summary>A row reads back as written, and each upsert gives it a new ETag.</summary>
    [Fact]
    public async Task UpsertRow_Twice_ReadsBackWithNewETag()
    {
        using var directory = new DataDirectory(_temp.Path);
        var table = new LocalDiskReminderTable(directory);
        var grain = GrainId.Create("report", "cerenum/2026-01-01_2026-06-30");
        var startAt = new DateTime(2026, 8, 1, 0, 0, 0, DateTimeKind.Utc);

        var first = await table.UpsertRow(Entry(grain, "overdue", startAt));
        var second = await table.UpsertRow(Entry(grain, "overdue", startAt));
        var row = await table.ReadRow(grain, "overdue");

        Assert.NotEqual(first, second);
        Assert.NotNull(row);
        Assert.Equal((grain, "overdue", startAt, Period, second), (row.GrainId, row.ReminderName, row.StartAt, row.Period, row.ETag));
        Assert.Null(await table.ReadRow(grain, "expiry"));
    }

    /// <summary>A removal with a stale ETag is refused and keeps the row; with the current one it removes it.</summary>
    [Fact]
    public async Task RemoveRow_StaleETagRefused_CurrentETagRemoves()
    {
        using var directory = new DataDirectory(_temp.Path);
        var table = new LocalDiskReminderTable(directory);
        var grain = GrainId.Create("upload", "seneclic/photo-1");
        var stale = await table.UpsertRow(Entry(grain, "expiry"));
        var current = await table.UpsertRow(Entry(grain, "expiry"));

        var refused = await table.RemoveRow(grain, "expiry", stale!);
        var kept = await table.ReadRow(grain, "expiry");
        var removed = await table.RemoveRow(grain, "expiry", current!);

        Assert.False(refused);
        Assert.NotNull(kept);
        Assert.True(removed);
        Assert.Null(await table.ReadRow(grain, "expiry"));
        Assert.Empty((await table.ReadRows(grain)).Reminders);
    }

    /// <summary>A range of grain hashes (begin, end] holds the rows of the grains in it; a range that wraps around holds the rest.</summary>
    [Fact]
    public async Task ReadRows_HashRanges_EachRowInItsRange()
    {
        using var directory = new DataDirectory(_temp.Path);
        var table = new LocalDiskReminderTable(directory);
        var grains = Enumerable.Range(1, 5).Select(i => GrainId.Create("account", $"agent-{i}@guediawaye.example")).ToList();
        foreach (var grain in grains)
            await table.UpsertRow(Entry(grain, "invitation-lapse"));
        var pivot = grains[0].GetUniformHashCode();

        var upToPivot = (await table.ReadRows(uint.MinValue, pivot)).Reminders.Select(r => r.GrainId).ToHashSet();
        var wrapping = (await table.ReadRows(pivot, uint.MinValue)).Reminders.Select(r => r.GrainId).ToHashSet();
        var whole = (await table.ReadRows(pivot, pivot)).Reminders;

        Assert.Contains(grains[0], upToPivot);
        Assert.DoesNotContain(grains[0], wrapping);
        Assert.Empty(upToPivot.Intersect(wrapping));
        Assert.Equal(grains.ToHashSet(), upToPivot.Union(wrapping).ToHashSet());
        Assert.Equal(5, whole.Count);
    }

    /// <summary>
    /// A table opened again on the same folder, as after a restart, answers every range and every grain with what the
    /// first one acknowledged: the rows upserted, with their last ETags, and not the one removed.
    /// </summary>
    [Fact]
    public async Task ReadRows_OpenedAgain_RangesHoldWhatWasAcknowledged()
    {
        var grains = Enumerable.Range(1, 6).Select(i => GrainId.Create("upload", $"seneclic/photo-{i}")).ToList();
        List<(GrainId, string, string?)> acknowledged;
        using (var directory = new DataDirectory(_temp.Path))
        {
            var table = new LocalDiskReminderTable(directory);
            foreach (var grain in grains)
                await table.UpsertRow(Entry(grain, "expiry"));
            await table.UpsertRow(Entry(grains[1], "expiry"));
            await table.UpsertRow(Entry(grains[2], "overdue"));
            var removed = await table.ReadRow(grains[3], "expiry");
            Assert.True(await table.RemoveRow(grains[3], "expiry", removed!.ETag!));
            acknowledged = Rows((await table.ReadRows(0, 0)).Reminders);
        }

        using var reopened = new DataDirectory(_temp.Path);
        var again = new LocalDiskReminderTable(reopened);
        var pivot = grains[0].GetUniformHashCode();
        var lower = Rows((await again.ReadRows(uint.MinValue, pivot)).Reminders);
        var upper = Rows((await again.ReadRows(pivot, uint.MinValue)).Reminders);

        Assert.Equal(6, acknowledged.Count);
        Assert.Equal(acknowledged.Order(), lower.Concat(upper).Order());
        Assert.Empty(lower.Intersect(upper));
        Assert.Empty((await again.ReadRows(grains[3])).Reminders);
        Assert.Equal(2, (await again.ReadRows(grains[2])).Reminders.Count);
    }

    private static List<(GrainId, string, string?)> Rows(IEnumerable<ReminderEntry> entries) =>
        [.. entries.Select(e => (e.GrainId, e.ReminderName, e.ETag))];

    /// <summary>
    /// A silo stopped and started again on the same data folder still has the reminder a grain scheduled, and ticks it
    /// when it comes due, with no call to the grain in between.
    /// </summary>
    [Fact]
    public async Task Silo_Restarted_ReminderStillThereAndTicks()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using (var first = BuildCluster(clock, new ReminderTicks()))
        {
            await first.DeployAsync(Ct);
            await first.Client.GetGrain<IReminderProbeGrain>("cerenum").ScheduleAsync(TimeSpan.FromHours(1));
        }
        Assert.Single(Directory.EnumerateFiles(Path.Combine(_temp.Path, LocalDiskReminderTable.ContainerName)));

        var ticks = new ReminderTicks();
        await using var second = BuildCluster(clock, ticks);
        await second.DeployAsync(Ct);
        var heard = ticks.HeardFrom("cerenum");
        // The reminders' clock moves by a beat at a time until the tick comes: only that clock, which nothing else reads.
        for (var beat = 0; beat < 600 && !heard.IsCompleted; beat++)
        {
            clock.Advance(Period);
            await Task.WhenAny(heard, Task.Delay(50, Ct));
        }

        Assert.True(heard.IsCompleted);
        Assert.True(await second.Client.GetGrain<IReminderProbeGrain>("cerenum").IsScheduledAsync());
    }

    private InProcessTestCluster BuildCluster(TimeProvider reminderClock, ReminderTicks ticks)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddCooperationReminders(new CooperationStorageOptions { Directory = _temp.Path });
            silo.Services.AddSingleton(ticks);
            silo.Services.AddKeyedSingleton(ReminderTimeProviderNames.Reminders, reminderClock);
        });
        return builder.Build();
    }

    private static ReminderEntry Entry(GrainId grain, string name, DateTime? startAt = null) => new()
    {
        GrainId = grain,
        ReminderName = name,
        StartAt = startAt ?? new DateTime(2026, 12, 13, 0, 0, 0, DateTimeKind.Utc),
        Period = Period,
    };
}
