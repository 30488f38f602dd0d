namespace Cooperation.Grains.Common;

/// <summary>
/// Work a grain owes at a moment even when no one asks for it — a report falling overdue, an unfinished upload
/// expiring, an invitation lapsing — scheduled on a durable Orleans reminder: kept in the reminder table, it survives a
/// restart, and another silo takes it over after a failover.
/// </summary>
/// <remarks>
/// A reminder may tick more than once for one moment (a tick whose end was lost is delivered again, a retry comes
/// after a failure), so the work it drives is idempotent: the grain checks its own state, does what is still due,
/// and a second tick finds it done and changes nothing. The grain cancels the reminder once the work is done or no
/// longer owed; until then it ticks again every <see cref="RetryPeriod"/>, which also retries a tick that failed.
/// Scheduled before the write that makes the work owed: a reminder without work is harmless (its tick finds nothing to
/// do and cancels it), work without a reminder would never be done.
/// </remarks>
public static class DueWork
{
    /// <summary>
    /// Between two ticks of work not yet done: Orleans' shortest period. A reminder ticks on its schedule's beat, so a
    /// moment that passed while no silo ran is caught up at most this long after one is back; and a reminder ticks
    /// again only when its work failed, so a short beat costs nothing otherwise.
    /// </summary>
    public static readonly TimeSpan RetryPeriod = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The grains that may owe due work, as their states are stored: (state name, grain type). Each implements
    /// <see cref="IDueWorkGrain"/>; one added here is asked by the next catch-up (raise <see cref="CatchUpVersion"/>).
    /// </summary>
    public static readonly IReadOnlyList<(string StateName, string GrainType)> Holders =
    [
        ("upload", "upload"),
        ("account", "account"),
        ("report", "report"),
        ("report-index", "reportindex"),
    ];

    /// <summary>
    /// The catch-up the stored <see cref="Holders"/> have had: 1, reminders for the work stored by the version before
    /// reminders (which checked dates only when someone asked); 2, the reminder that tells the North a report falls due
    /// in 14 days; 3, the partnerships' reporting calendars, which tell of the half-years nobody started a report for.
    /// Raised when a kind of due work is added to grains that already have stored states.
    /// </summary>
    public const int CatchUpVersion = 3;

    /// <summary>The one <see cref="IDueWorkCatchUpGrain"/> of a deployment.</summary>
    public const string CatchUpKey = "all";

    /// <summary>Schedules (or moves) the work called <paramref name="name"/> to <paramref name="dueAt"/>; at once when already past.</summary>
    public static Task ScheduleAsync(this Grain grain, string name, DateTimeOffset dueAt, TimeProvider time)
    {
        var wait = dueAt - time.GetUtcNow();
        return grain.RegisterOrUpdateReminder(name, wait > TimeSpan.Zero ? wait : TimeSpan.Zero, RetryPeriod);
    }

    /// <summary>
    /// Schedules the work called <paramref name="name"/> for <paramref name="dueAt"/> unless a reminder of that name is
    /// there already (kept as it is: it was scheduled when the work became owed, or moved since).
    /// </summary>
    public static async Task WatchAsync(this Grain grain, string name, DateTimeOffset dueAt, TimeProvider time)
    {
        if (await grain.GetReminder(name) is null)
            await grain.ScheduleAsync(name, dueAt, time);
    }

    /// <summary>
    /// Cancels the work called <paramref name="name"/>; nothing to do when none is scheduled. A cancellation that loses
    /// a race in the reminder table (the row changed since it was read) leaves the reminder: its next tick finds the
    /// work done and cancels it then, so the action that ended the work, already written, is never failed for it.
    /// </summary>
    public static async Task CancelAsync(this Grain grain, string name)
    {
        try
        {
            if (await grain.GetReminder(name) is { } reminder)
                await grain.UnregisterReminder(reminder);
        }
        catch (ReminderException)
        {
        }
    }
}
