namespace Cooperation.Grains.Uploads;

// Expiring on the day: an upload left unfinished is dropped 7 days after its attempt started, blocks included, even
// when the phone that started it never comes back. A durable reminder (DueWork) watches the date.
public sealed partial class UploadGrain : IRemindable, IDueWorkGrain
{
    /// <summary>The reminder that watches the current attempt's 7-day window.</summary>
    public const string ExpiryReminder = "expiry";

    /// <summary>
    /// The window closed: an upload still waiting for blocks expires and its blocks are deleted, once; a second tick,
    /// or a tick for an upload committed or expired meanwhile, changes nothing and cancels the reminder. A tick that
    /// comes early (a restart opened a new window) leaves it for the next.
    /// </summary>
    async Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        // Never announced: the write that would have made the reminder's work owed did not happen.
        if (State.Announced)
            await ExpireIfDueAsync();
        if (!State.Announced || State.Status != UploadStatus.Announced)
            await this.CancelAsync(reminderName);
    }

    /// <summary>An upload still waiting for its blocks is watched until its window closes.</summary>
    Task IDueWorkGrain.WatchDueWorkAsync() =>
        State is { Announced: true, Status: UploadStatus.Announced } ? this.WatchAsync(ExpiryReminder, ExpiresAt, time) : Task.CompletedTask;
}
