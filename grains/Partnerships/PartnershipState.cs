namespace Cooperation.Grains.Partnerships;

/// <summary>
/// Persisted state of one partnership: its profile, its milestones, its history and the ids of the actions it applied.
/// </summary>
[GenerateSerializer]
public sealed class PartnershipState
{
    /// <summary>The profile; null until the partnership is established.</summary>
    [Id(0)] public Partnership? Profile { get; set; }

    /// <summary>Milestones in the order they were planned.</summary>
    [Id(1)] public List<Milestone> Milestones { get; set; } = [];

    /// <summary>Append-only: entries are added, never changed or removed.</summary>
    [Id(2)] public List<HistoryEntry> History { get; set; } = [];

    /// <summary>Applied client mutation ids, kept for the life of the partnership (DESIGN §4 rule 2).</summary>
    [Id(3)] public Dictionary<string, MutationReceipt> Receipts { get; set; } = [];

    /// <summary>Grows by one with every applied action.</summary>
    [Id(4)] public long Revision { get; set; }

    /// <summary>Number given to the next planned milestone.</summary>
    [Id(5)] public int NextMilestoneNumber { get; set; } = 1;

    /// <summary>Who takes part, by account id: what the access rules read.</summary>
    [Id(6)] public Dictionary<string, PartnershipMember> Members { get; set; } = [];

    /// <summary>The change feed, in revision order: one line per change of a milestone or of a grain hanging off the partnership.</summary>
    [Id(7)] public List<Sync.FeedEntry> Feed { get; set; } = [];
}
