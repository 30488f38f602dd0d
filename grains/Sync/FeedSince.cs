using Cooperation.Grains.Partnerships;

namespace Cooperation.Grains.Sync;

/// <summary>
/// What a read model of a partnership (its corpus, its dashboard) needs to follow it: the partnership's profile, and
/// the entities changed after a cursor, one line each at its latest version, with the milestones among them whole.
/// Lighter than a device's <see cref="ChangeSet"/>: no history lines, no versions known before the cursor.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FeedSince(
    [property: Id(0)] long Cursor,
    [property: Id(1)] Partnership Partnership,
    [property: Id(2)] IReadOnlyList<Milestone> Milestones,
    [property: Id(3)] IReadOnlyList<FeedEntry> Entities);
