namespace Cooperation.Grains.Reports;

// Falling overdue: a report whose due date passes with a draft still open becomes « en retard » on that day, whether or
// not anyone looks at it. A durable reminder (DueWork) watches the date; its tick records the change like any other,
// so the partnership's feed carries it to the phones' copies.
public sealed partial class ReportGrain : IRemindable, IDueWorkGrain
{
    /// <summary>The reminder that watches the open draft's due date.</summary>
    public const string OverdueReminder = "overdue";

    /// <summary>The history action recorded when the due date passes with a draft open.</summary>
    public const string FellOverdue = "ReportFellOverdue";

    // History lines of what the schedule did, which no client action carries.
    private const string NoClientMutationId = "";

    /// <summary>A draft still owing its submission, not yet overdue, is watched until its due date.</summary>
    Task IDueWorkGrain.WatchDueWorkAsync() =>
        OwesSubmission ? this.WatchAsync(OverdueReminder, OverdueFrom, Time) : Task.CompletedTask;

    /// <summary>
    /// Whether a draft opening now (a new report, or one returned for changes) is overdue at once; when it is not, a
    /// reminder is scheduled for the day it will be. Called before anything changes: a reminder without a draft is
    /// harmless, a draft without its reminder would never fall overdue.
    /// </summary>
    private async Task<bool> WatchDueDateAsync()
    {
        if (PastDue)
            return true;
        await this.ScheduleAsync(OverdueReminder, OverdueFrom, Time);
        return false;
    }

    /// <summary>
    /// The due date passed: a report still owing a submission becomes overdue, once. A second tick, or a tick for a
    /// report submitted meanwhile, changes nothing; either way the reminder has done its work and is cancelled. A tick
    /// that comes early (the reminder was moved) leaves it for the next.
    /// </summary>
    async Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        if (OwesSubmission)
        {
            if (!PastDue)
                return;
            State.Overdue = true;
            Changed(Time.GetUtcNow());
            Record(NoClientMutationId, Actor.Schedule, FellOverdue, Key, "overdue", "false", "true");
            await CommitAsync();
        }
        await this.CancelAsync(reminderName);
    }

    /// <summary>The first moment the report is overdue: the day after its due date, at midnight UTC.</summary>
    private DateTimeOffset OverdueFrom =>
        new(ReportRules.DueOn(ReportRules.ParseKey(Key).PeriodEnd).AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private bool PastDue => Time.GetUtcNow() >= OverdueFrom;

    /// <summary>An open draft not yet overdue: what the reminder watches.</summary>
    private bool OwesSubmission => State is { Created: true, Overdue: false } && Report.Editable(State.Status);
}
