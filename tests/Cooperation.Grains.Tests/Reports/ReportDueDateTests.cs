using Cooperation.Grains.Reports;
using Cooperation.Grains.Reports.Commands;
using Cooperation.Grains.Tests.Common;

namespace Cooperation.Grains.Tests.Reports;

/// <summary>
/// A report falls overdue on the day after its due date, by a durable reminder rather than when someone looks: the
/// reminder is scheduled with the draft, its tick records the change once, and it goes once nothing is owed.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ReportDueDateTests(ClusterFixture cluster)
{
    private IGrainFactory Grains => cluster.Grains;

    private static Actor Staff => TestPartnerships.Staff;

    private static Actor South => TestPartnerships.SouthAgent;

    private DateOnly Today() => DateOnly.FromDateTime(cluster.Time.GetUtcNow().UtcDateTime);

    /// <summary>A new draft due in five days is not overdue, and a reminder waits for its due date.</summary>
    [Fact]
    public async Task Draft_DueInFiveDays_NotOverdueAndReminderScheduled()
    {
        var (_, report) = await DraftDueInFiveDaysAsync();

        Assert.False((await report.GetAsync(Staff)).Overdue);
        Assert.NotNull(await cluster.ReminderAsync(report, ReportGrain.OverdueReminder));
    }

    /// <summary>
    /// The due date passes: the tick makes the draft overdue, with a line in its history and a change in the
    /// partnership's feed (so phones learn it), and cancels the reminder; a second tick changes nothing.
    /// </summary>
    [Fact]
    public async Task Tick_AfterDueDate_OverdueOnceFedAndReminderGone()
    {
        var (partnership, report) = await DraftDueInFiveDaysAsync();
        var cursor = (await partnership.GetChangesAsync(Staff, 0)).Cursor;
        cluster.Time.Advance(TimeSpan.FromDays(6));

        await Reminders.TickAsync(report, ReportGrain.OverdueReminder);
        var overdue = await report.GetAsync(Staff);
        await Reminders.TickAsync(report, ReportGrain.OverdueReminder);
        var again = await report.GetAsync(Staff);

        Assert.True(overdue.Overdue);
        Assert.Equal((true, overdue.Revision), (again.Overdue, again.Revision));
        var line = Assert.Single(await report.HistoryAsync(Staff), e => e.Action == ReportGrain.FellOverdue);
        Assert.Equal(Actor.Schedule, line.Actor);
        var change = Assert.Single((await partnership.GetChangesAsync(Staff, cursor)).Entities);
        Assert.Equal((report.GetPrimaryKeyString(), overdue.Revision), (change.EntityId, change.EntityVersion));
        Assert.Null(await cluster.ReminderAsync(report, ReportGrain.OverdueReminder));
    }

    /// <summary>A tick before the due date (the reminder came early) changes nothing and leaves the reminder for later.</summary>
    [Fact]
    public async Task Tick_BeforeDueDate_NothingChangesReminderKept()
    {
        var (_, report) = await DraftDueInFiveDaysAsync();
        var before = await report.GetAsync(Staff);

        await Reminders.TickAsync(report, ReportGrain.OverdueReminder);

        var after = await report.GetAsync(Staff);
        Assert.Equal((false, before.Revision), (after.Overdue, after.Revision));
        Assert.NotNull(await cluster.ReminderAsync(report, ReportGrain.OverdueReminder));
    }

    /// <summary>A report submitted in time owes nothing: its reminder is cancelled, and a late tick changes nothing.</summary>
    [Fact]
    public async Task Submit_BeforeDueDate_ReminderCancelledAndNeverOverdue()
    {
        var (_, report) = await DraftDueInFiveDaysAsync();

        var submitted = await report.SubmitAsync(new SubmitReport("s", Staff));
        var reminder = await cluster.ReminderAsync(report, ReportGrain.OverdueReminder);
        cluster.Time.Advance(TimeSpan.FromDays(6));
        await Reminders.TickAsync(report, ReportGrain.OverdueReminder);

        Assert.Null(reminder);
        var after = await report.GetAsync(Staff);
        Assert.Equal((false, submitted.Revision), (after.Overdue, after.Revision));
    }

    /// <summary>
    /// An overdue draft submitted is no longer overdue; returned after its due date, the new draft is overdue at once,
    /// with no reminder to wait for.
    /// </summary>
    [Fact]
    public async Task Return_AfterDueDate_OverdueAtOnce()
    {
        var (_, report) = await DraftDueInFiveDaysAsync();
        cluster.Time.Advance(TimeSpan.FromDays(6));
        await Reminders.TickAsync(report, ReportGrain.OverdueReminder);

        var submitted = await report.SubmitAsync(new SubmitReport("s", Staff));
        var returned = await report.ReturnAsync(new ReturnReport("r", South, "Ajoutez le nombre d'écoles équipées."));

        Assert.False(submitted.Overdue);
        Assert.True(returned.Overdue);
        Assert.Null(await cluster.ReminderAsync(report, ReportGrain.OverdueReminder));
    }

    /// <summary>A report drafted for a period long past is overdue from its first draft.</summary>
    [Fact]
    public async Task Draft_DueDatePassed_OverdueAtOnce()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var end = Today().AddDays(-ReportRules.GraceDays - 10);
        var report = TestReports.Of(Grains, partnership, end.AddDays(-90), end);

        var drafted = await report.DraftAsync(new DraftReport("d", Staff, TestReports.Content()));

        Assert.True(drafted.Overdue);
        Assert.Null(await cluster.ReminderAsync(report, ReportGrain.OverdueReminder));
    }

    /// <summary>A draft whose period ends so that it falls due in five days, whatever the shared clock says.</summary>
    private async Task<(IPartnershipGrain Partnership, IReportGrain Report)> DraftDueInFiveDaysAsync()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var end = Today().AddDays(5 - ReportRules.GraceDays);
        var report = TestReports.Of(Grains, partnership, end.AddDays(-90), end);
        await report.DraftAsync(new DraftReport("d", Staff, TestReports.Content()));
        return (partnership, report);
    }
}
