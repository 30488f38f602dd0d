namespace Cooperation.Grains.Common.Journal;

/// <summary>A list whose full segments must be written before the grain state that drops them (<see cref="JournalWrites"/>).</summary>
public interface ISealable
{
    /// <summary>Writes every full segment of the open tail, then drops those entries from the tail, in memory only.</summary>
    Task SealAsync();
}
