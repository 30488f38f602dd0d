namespace Cooperation.Grains.Common.Journal;

/// <summary>
/// A sealed piece of a journal: <see cref="Journal{TEntry}.SegmentSize"/> consecutive entries, stored as a record of
/// its own and never changed once the grain state counts it as sealed.
/// </summary>
[GenerateSerializer]
public sealed class JournalSegment<TEntry>
{
    /// <summary>The entries, oldest first.</summary>
    [Id(0)] public List<TEntry> Entries { get; set; } = [];
}
