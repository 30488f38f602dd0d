using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.TestingHost;

namespace Cooperation.Grains.Tests.Fixtures;

/// <summary>
/// A test cluster's reminders, looked at and ticked by hand: the grains' clock is a fake one the tests move, so a
/// reminder scheduled for next week would tick next week; the test delivers the tick itself, as the reminder service
/// would, and reads the reminder table to see what is scheduled.
/// </summary>
public static class Reminders
{
    /// <summary>The reminder called <paramref name="name"/> of <paramref name="grain"/> in the cluster's table, or null.</summary>
    public static Task<ReminderEntry?> ReadAsync(InProcessTestCluster cluster, IAddressable grain, string name) =>
        cluster.Silos[0].ServiceProvider.GetRequiredService<IReminderTable>().ReadRow(grain.GetGrainId(), name);

    /// <summary>Delivers one tick of the reminder called <paramref name="name"/> to <paramref name="grain"/>.</summary>
    public static Task TickAsync(IAddressable grain, string name) =>
        grain.AsReference<IRemindable>().ReceiveReminder(name, new TickStatus(DateTime.UtcNow, DueWork.RetryPeriod, DateTime.UtcNow));
}
