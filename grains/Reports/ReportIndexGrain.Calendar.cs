using Cooperation.Grains.Accounts;
using Cooperation.Grains.Notices;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Sync;

namespace Cooperation.Grains.Reports;

// The reporting calendar: a half-year that nobody has started a report for is owed all the same, and the North hears
// of it as it would of a draft — 14 days before its due date and once it is overdue. A durable reminder (DueWork)
// watches the calendar's next moment; after downtime its tick catches up, telling what fell due meanwhile. Each
// notice is recorded in the index's state in the write that marks it told, then told (PendingNotices): once per
// period and kind. Its id is the one the period's report would give it (NoticeEvents: report, due date, kind), so a
// report started later that tells the same falls on the notice already there.
public sealed partial class ReportIndexGrain : IRemindable, IDueWorkGrain
{
    /// <summary>The reminder that watches the calendar's next moment.</summary>
    public const string CalendarReminder = "calendar";

    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        PendingNotices.TellAsync(Grains, Entries.NoticesToTell);

    /// <summary>A calendar (a partnership with a report) is watched; one stored before the calendar told anything is looked at soon.</summary>
    Task IDueWorkGrain.WatchDueWorkAsync() =>
        Entries.Keys.Count > 0 ? this.WatchAsync(CalendarReminder, time.GetUtcNow(), time) : Task.CompletedTask;

    /// <summary>
    /// Records what the calendar owes now and has not told, tells it, and moves the reminder to the next moment; with
    /// no moment left (the partnership ended and every period is told), the reminder goes.
    /// </summary>
    async Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != CalendarReminder)
            return;
        var now = time.GetUtcNow();
        var partnership = await Grains.GetGrain<IPartnershipGrain>(Slug).FindAsync();
        var (owed, next) = Owed(partnership?.Name ?? Slug, partnership?.EndsOn, now);
        await RegisterAsync(index =>
        {
            var told = owed.Where(n => !index.Told.Contains(n.Id, StringComparer.Ordinal)).ToList();
            index.Told.AddRange(told.Select(n => n.Id));
            index.NoticesToTell.AddRange(told.Select(n => NoticeToTell.ToMembers(Slug, MemberRole.NorthStaff, n)));
            return told.Count > 0;
        });
        await PendingNotices.TellAsync(Grains, Entries.NoticesToTell);
        if (next is { } at)
            await this.ScheduleAsync(CalendarReminder, at, time);
        else
            await this.CancelAsync(CalendarReminder);
    }

    /// <summary>
    /// The notices the half-years with no report owe at <paramref name="now"/>, and the calendar's next moment: a
    /// missing period's due-soon or overdue moment still to come, or the due-soon moment of the half-year under way.
    /// </summary>
    private (List<Notice> Owed, DateTimeOffset? Next) Owed(string partnership, DateOnly? endsOn, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var reported = Entries.Keys.Select(key => ReportRules.ParseKey(key)).Select(k => (k.PeriodStart, k.PeriodEnd)).ToList();
        var owed = new List<Notice>();
        DateTimeOffset? next = null;
        void Later(DateTimeOffset at) => next = next is { } n && n <= at ? n : at;
        foreach (var missing in ReportingPeriods.Missing(reported, today, endsOn))
        {
            var key = ReportRules.Key(Slug, missing.PeriodStart, missing.PeriodEnd);
            if (missing.Overdue)
                owed.Add(Linked(NoticeEvents.ReportOverdue(key, partnership, missing.PeriodStart, missing.PeriodEnd, missing.DueOn, now)));
            else if (now < ReportRules.DueSoonFrom(missing.DueOn))
                Later(ReportRules.DueSoonFrom(missing.DueOn));
            else
            {
                owed.Add(Linked(NoticeEvents.ReportDueSoon(key, partnership, missing.PeriodStart, missing.PeriodEnd, missing.DueOn, now)));
                Later(ReportRules.OverdueFrom(missing.DueOn));
            }
        }
        if (reported.Count == 0)
            return (owed, next);
        // The half-year under way, or the calendar's first when reporting starts later.
        var (start, end) = ReportingPeriods.HalfYearOf(today);
        var first = ReportingPeriods.HalfYearOf(reported.Min(p => p.PeriodStart));
        if (first.Start > start)
            (start, end) = first;
        if (endsOn is null || start <= endsOn)
            Later(ReportRules.DueSoonFrom(ReportRules.DueOn(end)));
        return (owed, next);
    }

    /// <summary>A period with no report links to the partnership's page, which lists it, rather than to a report not yet there.</summary>
    private Notice Linked(Notice notice) => notice with { Link = $"#/p/{Slug}" };
}
