namespace Cooperation.Silo.Tests.Grains;

/// <summary>At each tick, adds one to the <see cref="PersistentCounterGrain"/> of its own key, then tells <see cref="ReminderTicks"/>.</summary>
public sealed class CountingReminderGrain(ReminderTicks ticks) : Grain, ICountingReminderGrain, IRemindable
{
    /// <inheritdoc />
    public Task ScheduleAsync(TimeSpan dueTime) => this.RegisterOrUpdateReminder("count", dueTime, TimeSpan.FromMinutes(1));

    async Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        await GrainFactory.GetGrain<IPersistentCounterGrain>(this.GetPrimaryKeyString()).IncrementAsync();
        ticks.Heard(this.GetPrimaryKeyString());
    }
}
