namespace Cooperation.Grains.Common;

/// <summary>
/// A grain that may owe work at a moment (<see cref="DueWork"/>): an upload that may expire, an invitation that may
/// lapse, a report that may fall overdue. Each is listed in <see cref="DueWork.Holders"/>.
/// </summary>
public interface IDueWorkGrain : IGrainWithStringKey
{
    /// <summary>
    /// Schedules the reminder of the work this grain still owes when the reminder table holds none; changes nothing
    /// when it owes none or its reminder is there. What a state stored before reminders existed is asked once.
    /// </summary>
    Task WatchDueWorkAsync();
}
