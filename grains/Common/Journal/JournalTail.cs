namespace Cooperation.Grains.Common.Journal;

/// <summary>
/// The part of a growing list a grain keeps in its own state: the newest entries (the open tail) and how many full
/// segments hold the older ones. Stored inside the grain state, so it is written with every action; its size is
/// bounded by <see cref="Journal{TEntry}.SegmentSize"/>, whatever the list's length.
/// </summary>
[GenerateSerializer]
public sealed class JournalTail<TEntry>
{
    /// <summary>The entries not yet sealed, oldest first.</summary>
    [Id(0)] public List<TEntry> Entries { get; set; } = [];

    /// <summary>How many segments are sealed: records 0 to this number minus one exist and never change.</summary>
    [Id(1)] public int SealedSegments { get; set; }
}
