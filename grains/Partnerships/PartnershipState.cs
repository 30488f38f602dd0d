using Cooperation.Grains.Common.Journal;
using Cooperation.Grains.Sync;

namespace Cooperation.Grains.Partnerships;

/// <summary>
/// Persisted state of one partnership: its profile, its milestones and members, and the open tails of its history,
/// change feed and receipts, whose older entries are sealed in segments (<see cref="Journal{TEntry}"/>): the state
/// written with every action stays the same size however old the partnership.
/// </summary>
[GenerateSerializer]
public sealed class PartnershipState
{
    /// <summary>The profile; null until the partnership is established.</summary>
    [Id(0)] public Partnership? Profile { get; set; }

    /// <summary>Milestones in the order they were planned.</summary>
    [Id(1)] public List<Milestone> Milestones { get; set; } = [];

    /// <summary>The whole history, as states stored before the journals kept it: read once, then moved to <see cref="HistoryTail"/>.</summary>
    [Id(2)] public List<HistoryEntry> History { get; set; } = [];

    /// <summary>Every receipt, as states stored before the journals kept them: read once, then moved to <see cref="ReceiptTail"/>.</summary>
    [Id(3)] public Dictionary<string, MutationReceipt> Receipts { get; set; } = [];

    /// <summary>Grows by one with every applied action.</summary>
    [Id(4)] public long Revision { get; set; }

    /// <summary>Number given to the next planned milestone.</summary>
    [Id(5)] public int NextMilestoneNumber { get; set; } = 1;

    /// <summary>Who takes part, by account id: what the access rules read.</summary>
    [Id(6)] public Dictionary<string, PartnershipMember> Members { get; set; } = [];

    /// <summary>The whole change feed, as states stored before the journals kept it: read once, then moved to <see cref="FeedTail"/>.</summary>
    [Id(7)] public List<FeedEntry> Feed { get; set; } = [];

    /// <summary>Append-only history: its newest lines; older ones are sealed.</summary>
    [Id(8)] public JournalTail<HistoryEntry> HistoryTail { get; set; } = new();

    /// <summary>Applied client mutation ids, kept for the life of the partnership (DESIGN §4 rule 2): the newest; older ones are sealed.</summary>
    [Id(9)] public JournalTail<KeptReceipt<MutationReceipt>> ReceiptTail { get; set; } = new();

    /// <summary>The change feed in revision order, one line per change of a milestone or of a grain hanging off the partnership: the newest lines.</summary>
    [Id(10)] public JournalTail<FeedEntry> FeedTail { get; set; } = new();

    /// <summary>
    /// Each entity's last feed line, by <see cref="PartnershipGrain.FeedKey"/>: what a sync reads, bounded by the
    /// number of entities, not of changes.
    /// </summary>
    [Id(11)] public Dictionary<string, FeedEntry> LatestChanges { get; set; } = [];
}
