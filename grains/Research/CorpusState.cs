using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Sync;

namespace Cooperation.Grains.Research;

/// <summary>
/// Persisted state of a partnership's corpus: the text of every indexed entity and how far the partnership's change
/// feed was read. The folded index is rebuilt from it in memory on activation.
/// </summary>
[GenerateSerializer]
public sealed class CorpusState : IFeedReadModelState
{
    /// <summary>The partnership's feed revision read up to.</summary>
    [Id(0)] public long Revision { get; set; }

    /// <summary>By feed key ("Report/{key}", "Mission/{key}", "Annotations/{key}").</summary>
    [Id(1)] public Dictionary<string, CorpusDocument> Documents { get; set; } = [];

    public bool Holds(FeedEntry entry) =>
        Documents.TryGetValue(PartnershipGrain.FeedKey(entry.Kind, entry.EntityId), out var known) && known.EntityVersion >= entry.EntityVersion;
}
