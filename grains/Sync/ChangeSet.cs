using Cooperation.Grains.Partnerships;

namespace Cooperation.Grains.Sync;

/// <summary>
/// What changed in a partnership after a cursor: the milestones and history lines themselves, and references to the
/// other entities (one per entity, at its latest version), with the cursor to ask from next time, and for each of those
/// entities the feed line the device had already seen (<see cref="Known"/>), so an answer can carry only what changed.
/// </summary>
/// <remarks>
/// <see cref="History"/> holds at most the newest <see cref="PartnershipGrain.ChangeSetHistoryLines"/> lines after the
/// cursor, oldest first, so that a first sync of an old partnership stays small; older lines are read through the
/// paginated history (<see cref="IPartnershipGrain.GetHistoryPageAsync"/>).
/// </remarks>
[GenerateSerializer, Immutable]
public sealed record ChangeSet(
    [property: Id(0)] long Cursor,
    [property: Id(1)] IReadOnlyList<Milestone> Milestones,
    [property: Id(2)] IReadOnlyList<HistoryEntry> History,
    [property: Id(3)] IReadOnlyList<FeedEntry> Entities,
    [property: Id(4)] IReadOnlyList<FeedEntry> Known)
{
    /// <summary>
    /// The version of an entity the device already had: its last feed line at or before the cursor, or 0 when the entity
    /// is new to the device. The device may have read a later version than that; never an earlier one.
    /// </summary>
    public long KnownVersion(string kind, string entityId) =>
        Known.FirstOrDefault(e => e.Kind == kind && e.EntityId == entityId)?.EntityVersion ?? 0;
}
