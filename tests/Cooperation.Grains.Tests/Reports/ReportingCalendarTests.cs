using Cooperation.Grains.Accounts;
using Cooperation.Grains.Notices;
using Cooperation.Grains.Reports;
using Cooperation.Grains.Reports.Commands;

namespace Cooperation.Grains.Tests.Reports;

/// <summary>
/// A half-year nobody has started a report for is owed all the same: the partnership's calendar tells its North 14
/// days before the due date and once it is overdue, each once however often its reminder ticks, and a report started
/// afterwards for that half-year does not tell it a second time.
/// </summary>
/// <remarks>
/// On a cluster of its own: the calendar's moments are the half-years' due dates, and its clock is moved by weeks to
/// reach them, which the shared cluster's tests would not expect.
/// </remarks>
public sealed class ReportingCalendarTests(ClusterFixture cluster) : IClassFixture<ClusterFixture>
{
    private IGrainFactory Grains => cluster.Grains;

    /// <summary>
    /// The half-year after the one reported ends with no report: nothing before its due-soon moment; then one « due
    /// soon », then one « overdue », each told once for two ticks; the calendar then watches the next half-year.
    /// </summary>
    [Fact]
    public async Task MissingHalfYear_DueSoonThenOverdue_EachOnce()
    {
        var (index, north, key, dueOn) = await CalendarAsync();
        await Reminders.TickAsync(index, ReportIndexGrain.CalendarReminder);
        var before = await NoticesAsync(north);

        MoveTo(ReportRules.DueSoonFrom(dueOn));
        await TickTwiceAsync(index);
        var dueSoon = await NoticesAsync(north);
        MoveTo(ReportRules.OverdueFrom(dueOn));
        await TickTwiceAsync(index);
        var overdue = await NoticesAsync(north);

        Assert.Empty(before);
        Assert.Equal([$"report-due-soon:{key}:{dueOn:yyyy-MM-dd}"], dueSoon.Select(n => n.Id));
        Assert.Equal([$"report-overdue:{key}:{dueOn:yyyy-MM-dd}", $"report-due-soon:{key}:{dueOn:yyyy-MM-dd}"], overdue.Select(n => n.Id));
        Assert.StartsWith("Rapport à rendre le ", dueSoon[0].TitleFr);
        Assert.Equal($"#/p/{key[..key.IndexOf('/')]}", dueSoon[0].Link);
        var next = await cluster.ReminderAsync(index, ReportIndexGrain.CalendarReminder);
        Assert.NotNull(next);
    }

    /// <summary>
    /// The North heard that the half-year falls due; a report started for it then, which falls due as well, does not
    /// tell it again, and the calendar no longer counts the half-year.
    /// </summary>
    [Fact]
    public async Task ReportStartedAfterDueSoon_NoSecondDueSoon()
    {
        var (index, north, key, dueOn) = await CalendarAsync();
        MoveTo(ReportRules.DueSoonFrom(dueOn));
        await Reminders.TickAsync(index, ReportIndexGrain.CalendarReminder);

        var report = Grains.GetGrain<IReportGrain>(key);
        await report.DraftAsync(new DraftReport("late-draft", TestPartnerships.Staff, TestReports.Content()));
        await Reminders.TickAsync(report, ReportGrain.DueSoonReminder);
        MoveTo(ReportRules.OverdueFrom(dueOn));
        await Reminders.TickAsync(index, ReportIndexGrain.CalendarReminder);

        var notices = await NoticesAsync(north);
        Assert.Equal([$"report-due-soon:{key}:{dueOn:yyyy-MM-dd}"], notices.Select(n => n.Id));
    }

    /// <summary>
    /// A new partnership whose North has a member of her own, with a report for the half-year before the current one:
    /// its calendar, its North member, and the current half-year's (future) report key and due date.
    /// </summary>
    private async Task<(IReportIndexGrain Index, string North, string Key, DateOnly DueOn)> CalendarAsync()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var slug = partnership.GetPrimaryKeyString();
        var north = $"nord-{Guid.NewGuid():N}@besancon.example";
        await partnership.SetMemberAsync(new SetPartnershipMember("member-north-2", Actor.Seed, north, "Responsable Nord", MemberRole.NorthStaff));
        var (start, end) = ReportingPeriods.HalfYearOf(DateOnly.FromDateTime(cluster.Time.GetUtcNow().UtcDateTime));
        var previous = ReportingPeriods.HalfYearOf(start.AddDays(-1));
        await TestReports.Of(Grains, partnership, previous.Start, previous.End)
            .DraftAsync(new DraftReport("previous", TestPartnerships.Staff, TestReports.Content()));
        return (Grains.GetGrain<IReportIndexGrain>(slug), north, ReportRules.Key(slug, start, end), ReportRules.DueOn(end));
    }

    private async Task TickTwiceAsync(IReportIndexGrain index)
    {
        await Reminders.TickAsync(index, ReportIndexGrain.CalendarReminder);
        await Reminders.TickAsync(index, ReportIndexGrain.CalendarReminder);
    }

    private void MoveTo(DateTimeOffset moment)
    {
        var wait = moment.AddHours(1) - cluster.Time.GetUtcNow();
        if (wait > TimeSpan.Zero)
            cluster.Time.Advance(wait);
    }

    private async Task<IReadOnlyList<Notice>> NoticesAsync(string person) =>
        (await Grains.GetGrain<INoticesGrain>(person).GetPageAsync(new Actor(person, "Responsable Nord"), 0, NoticesGrain.MaxPage)).Notices;
}
