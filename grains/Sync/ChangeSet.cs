using Cooperation.Grains.Partnerships;

namespace Cooperation.Grains.Sync;

/// <summary>
/// What changed in a partnership after a cursor: the milestones and history lines themselves, and references to the
/// other entities (one per entity, at its latest version), with the cursor to ask from next time.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ChangeSet(
    [property: Id(0)] long Cursor,
    [property: Id(1)] IReadOnlyList<Milestone> Milestones,
    [property: Id(2)] IReadOnlyList<HistoryEntry> History,
    [property: Id(3)] IReadOnlyList<FeedEntry> Entities);
