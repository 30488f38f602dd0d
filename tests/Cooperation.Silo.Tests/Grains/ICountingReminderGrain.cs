namespace Cooperation.Silo.Tests.Grains;

/// <summary>A grain whose reminder's tick calls another grain, which writes: due work, as a report falling due is.</summary>
public interface ICountingReminderGrain : IGrainWithStringKey
{
    /// <summary>Schedules the reminder's first tick <paramref name="dueTime"/> from now.</summary>
    Task ScheduleAsync(TimeSpan dueTime);
}
