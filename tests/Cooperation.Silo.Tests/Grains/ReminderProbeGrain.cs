namespace Cooperation.Silo.Tests.Grains;

/// <summary>Tells <see cref="ReminderTicks"/> of every tick of its reminder.</summary>
public sealed class ReminderProbeGrain(ReminderTicks ticks) : Grain, IReminderProbeGrain, IRemindable
{
    public const string ReminderName = "probe";

    /// <inheritdoc />
    public Task ScheduleAsync(TimeSpan dueTime) => this.RegisterOrUpdateReminder(ReminderName, dueTime, TimeSpan.FromMinutes(1));

    /// <inheritdoc />
    public async Task<bool> IsScheduledAsync() => await this.GetReminder(ReminderName) is not null;

    Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        ticks.Heard(this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }
}

/// <summary>The probes' ticks heard by one silo, by grain key.</summary>
public sealed class ReminderTicks
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TaskCompletionSource> _heard = new();

    /// <summary>Completes when the probe <paramref name="key"/> first ticks.</summary>
    public Task HeardFrom(string key) => Of(key).Task;

    public void Heard(string key) => Of(key).TrySetResult();

    private TaskCompletionSource Of(string key) =>
        _heard.GetOrAdd(key, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
