using Cooperation.Grains.Dashboards;
using Cooperation.Grains.Reports;

namespace Cooperation.Grains.Tests.Dashboards;

/// <summary>What the dashboard says is owed and late, from its own lines and the day.</summary>
public sealed class DashboardFiguresTests
{
    private static DashboardReport Acknowledged(int year, int fromMonth) =>
        new(new DateOnly(year, fromMonth, 1), new DateOnly(year, fromMonth + 5, fromMonth == 1 ? 30 : 31),
            ReportRules.DueOn(new DateOnly(year, fromMonth + 5, fromMonth == 1 ? 30 : 31)), ReportStatus.Acknowledged, false, []);

    /// <summary>
    /// On 1 March 2027, with only the first half of 2026 reported: the second half nobody started is overdue (due
    /// 30 January), and the current half-year is owed on 30 July, not yet due soon.
    /// </summary>
    [Fact]
    public void Reports_HalfYearNobodyStarted_OverdueAndNextDue()
    {
        var due = DashboardFigures.Reports([Acknowledged(2026, 1)], new DateOnly(2027, 3, 1), endsOn: null);

        Assert.Equal((0, 1, 0, new DateOnly(2027, 7, 30)), (due.DueSoon, due.Overdue, due.AwaitingReview, due.NextDueOn));
    }

    /// <summary>A draft due in ten days is due soon; a submitted one waits for the South; a partnership that ended owes nothing after.</summary>
    [Fact]
    public void Reports_DraftDueInTenDays_DueSoon()
    {
        var today = new DateOnly(2026, 7, 20);
        var draft = new DashboardReport(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), new DateOnly(2026, 7, 30), ReportStatus.Draft, false, []);
        var submitted = Acknowledged(2025, 7) with { Status = ReportStatus.Submitted };

        var due = DashboardFigures.Reports([draft, submitted], today, endsOn: new DateOnly(2026, 6, 30));

        Assert.Equal((1, 0, 1, new DateOnly(2026, 7, 30)), (due.DueSoon, due.Overdue, due.AwaitingReview, due.NextDueOn));
    }

    /// <summary>A milestone past due and not completed is late; a cancelled one counts in no mean.</summary>
    [Fact]
    public void Milestones_PastDue_LateAndMeanWithoutCancelled()
    {
        Milestone Of(string id, MilestoneStatus status, int progress, DateOnly dueOn) =>
            new(id, id, "", PartnershipSide.South, null, dueOn, progress, status, null, DateTimeOffset.UnixEpoch, 1);
        var today = new DateOnly(2026, 12, 7);

        var progress = DashboardFigures.Milestones(
            [Of("a", MilestoneStatus.InProgress, 40, today.AddDays(-1)), Of("b", MilestoneStatus.Completed, 100, today.AddDays(-30)),
             Of("c", MilestoneStatus.Cancelled, 0, today.AddDays(-5)), Of("d", MilestoneStatus.Planned, 0, today.AddDays(30))], today);

        Assert.Equal((4, 1, 1, 1, 1, 1, 47), (progress.Total, progress.Planned, progress.InProgress, progress.Completed, progress.Cancelled, progress.Late, progress.AverageProgress));
    }
}
