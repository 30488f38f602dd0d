namespace Cooperation.Grains.Common;

/// <summary>
/// Remembers how far the stored grains that owe due work were asked to watch it (<see cref="IDueWorkGrain"/>), so that
/// the catch-up after an upgrade runs once per deployment, not at every start. Key: <see cref="DueWork.CatchUpKey"/>.
/// </summary>
public interface IDueWorkCatchUpGrain : IGrainWithStringKey
{
    /// <summary>The last catch-up version completed; 0 when none ever was (data of a version without reminders).</summary>
    Task<int> GetVersionAsync();

    /// <summary>Records that every stored grain of <see cref="DueWork.Holders"/> watches its work, as of <paramref name="version"/>.</summary>
    Task SetVersionAsync(int version);
}
