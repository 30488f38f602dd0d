using Cooperation.Grains.Accounts;
using Cooperation.Grains.Notices;

namespace Cooperation.Grains.Reports;

// Falling overdue: a report whose due date passes with a draft still open becomes « en retard » on that day, whether or
// not anyone looks at it. A durable reminder (DueWork) watches the date; its tick records the change like any other,
// so the partnership's feed carries it to the phones' copies, and its notice to the North's members is written with it.
// A second reminder, 14 days before, tells the North's members that the report falls due, before it is cancelled, so a
// tick that failed to tell tells at the next. The notices' ids (report, due date, kind) make an event told twice one
// notice — also when the partnership's calendar told of the period before the report was started (ReportIndexGrain).
public sealed partial class ReportGrain : IRemindable, IDueWorkGrain
{
    /// <summary>The reminder that watches the open draft's due date.</summary>
    public const string OverdueReminder = "overdue";

    /// <summary>The reminder that tells the North, <see cref="ReportRules.DueSoonNotice"/> before the due date, that the report falls due.</summary>
    public const string DueSoonReminder = "due-soon";

    /// <summary>The history action recorded when the due date passes with a draft open.</summary>
    public const string FellOverdue = "ReportFellOverdue";

    // History lines of what the schedule did, which no client action carries.
    private const string NoClientMutationId = "";

    /// <summary>A draft still owing its submission, not yet overdue, is watched until its due date.</summary>
    async Task IDueWorkGrain.WatchDueWorkAsync()
    {
        if (!OwesSubmission)
            return;
        await this.WatchAsync(DueSoonReminder, DueSoonFrom, Time);
        await this.WatchAsync(OverdueReminder, OverdueFrom, Time);
    }

    /// <summary>
    /// Whether a draft opening now (a new report, or one returned for changes) is overdue at once; when it is not, a
    /// reminder is scheduled for the day it will be. Either way the North hears that it falls due: now when the day is
    /// already within <see cref="ReportRules.DueSoonNotice"/> (or past), else on that day. Called before anything changes: a
    /// reminder without a draft is harmless, a draft without its reminder would never fall overdue.
    /// </summary>
    private async Task<bool> WatchDueDateAsync()
    {
        await this.ScheduleAsync(DueSoonReminder, DueSoonFrom, Time);
        if (PastDue)
            return true;
        await this.ScheduleAsync(OverdueReminder, OverdueFrom, Time);
        return false;
    }

    /// <summary>
    /// The due date passed: a report still owing a submission becomes overdue, once. A second tick, or a tick for a
    /// report submitted meanwhile, changes nothing; either way the reminder has done its work and is cancelled. A tick
    /// that comes early (the reminder was moved) leaves it for the next. The North's notice is written with the
    /// change and told once it is durable.
    /// </summary>
    async Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == DueSoonReminder)
        {
            await TellFallingDueAsync();
            return;
        }
        if (OwesSubmission)
        {
            if (!PastDue)
                return;
            var overdue = await NorthNoticeAsync(NoticeEvents.ReportOverdue);
            State.Overdue = true;
            Tell(overdue);
            Changed(Time.GetUtcNow());
            Record(NoClientMutationId, Actor.Schedule, FellOverdue, Key, "overdue", "false", "true");
            await CommitAsync();
        }
        await this.CancelAsync(reminderName);
    }

    /// <summary>
    /// A draft still open within <see cref="ReportRules.DueSoonNotice"/> of its due date: the North hears that it falls due, or,
    /// when the date has passed (a draft opened late), that it is overdue; then the reminder goes.
    /// </summary>
    private async Task TellFallingDueAsync()
    {
        if (State.Created && Report.Editable(State.Status))
        {
            if (Time.GetUtcNow() < DueSoonFrom)
                return;
            await Grains.TellAsync(await NorthNoticeAsync(State.Overdue || PastDue ? NoticeEvents.ReportOverdue : NoticeEvents.ReportDueSoon));
        }
        await this.CancelAsync(DueSoonReminder);
    }

    private async Task<NoticeToTell> NorthNoticeAsync(Func<string, string, DateOnly, DateOnly, DateOnly, DateTimeOffset, Notice> notice)
    {
        var (slug, start, end) = ReportRules.ParseKey(Key);
        var name = await Grains.PartnershipNameAsync(slug);
        return NoticeToTell.ToMembers(slug, MemberRole.NorthStaff, notice(Key, name, start, end, ReportRules.DueOn(end), Time.GetUtcNow()));
    }

    /// <summary>The moment the North hears that the report falls due.</summary>
    private DateTimeOffset DueSoonFrom => ReportRules.DueSoonFrom(ReportRules.DueOn(ReportRules.ParseKey(Key).PeriodEnd));

    /// <summary>The first moment the report is overdue: the day after its due date, at midnight UTC.</summary>
    private DateTimeOffset OverdueFrom => ReportRules.OverdueFrom(ReportRules.DueOn(ReportRules.ParseKey(Key).PeriodEnd));

    private bool PastDue => Time.GetUtcNow() >= OverdueFrom;

    /// <summary>An open draft not yet overdue: what the reminder watches.</summary>
    private bool OwesSubmission => State is { Created: true, Overdue: false } && Report.Editable(State.Status);
}
