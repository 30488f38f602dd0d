namespace Cooperation.Silo.Seeding;

/// <summary>
/// The dates the seed gives its field work (<see cref="Grains.Common.Command.At"/>), so that what it shows and counts
/// is the same whatever the day the platform first starts.
/// </summary>
internal static class SeedDates
{
    /// <summary>9:00 UTC that day: a working morning in Besançon, Dakar and Cotonou alike.</summary>
    public static DateTimeOffset On(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset On(DateOnly day) => On(day.Year, day.Month, day.Day);
}
