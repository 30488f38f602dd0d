namespace Cooperation.Silo.Tests.Grains;

/// <summary>A grain with one reminder, to check a reminder table inside a real silo.</summary>
public interface IReminderProbeGrain : IGrainWithStringKey
{
    /// <summary>Schedules the reminder's first tick <paramref name="dueTime"/> from now.</summary>
    Task ScheduleAsync(TimeSpan dueTime);

    /// <summary>Whether the reminder is scheduled, as the silo's reminder service reads it.</summary>
    Task<bool> IsScheduledAsync();
}
