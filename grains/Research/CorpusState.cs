using Cooperation.Grains.Common.Journal;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Sync;

namespace Cooperation.Grains.Research;

/// <summary>
/// Persisted state of a partnership's corpus: how far the partnership's change feed was read, the version of each
/// indexed entity, and the newest lines of the corpus's journal — the text itself lives in the journal's sealed
/// segments, so that a catch-up writes what changed, not the whole corpus again. The folded index is rebuilt from the
/// journal in memory on activation.
/// </summary>
[GenerateSerializer]
public sealed class CorpusState : IFeedReadModelState
{
    /// <summary>The partnership's feed revision read up to.</summary>
    [Id(0)] public long Revision { get; set; }

    /// <summary>The text as it was stored before it had a journal, by feed key: moved into the journal at activation.</summary>
    [Id(1)] public Dictionary<string, CorpusDocument> Documents { get; set; } = [];

    /// <summary>The journal's open tail: the latest documents read.</summary>
    [Id(2)] public JournalTail<CorpusEntry> TextTail { get; set; } = new();

    /// <summary>The entity version each document was read at, by feed key: an older notice changes nothing.</summary>
    [Id(3)] public Dictionary<string, long> Versions { get; set; } = [];

    public bool Holds(FeedEntry entry) =>
        Versions.TryGetValue(PartnershipGrain.FeedKey(entry.Kind, entry.EntityId), out var known) && known >= entry.EntityVersion;
}
