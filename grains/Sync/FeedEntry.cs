namespace Cooperation.Grains.Sync;

/// <summary>
/// One line of a partnership's change feed: which entity changed, to which of its versions, at which partnership
/// revision. Entities are named by kind ("Milestone", "Shipment", "Report", "Mission") and id.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FeedEntry(
    [property: Id(0)] long Revision,
    [property: Id(1)] string Kind,
    [property: Id(2)] string EntityId,
    [property: Id(3)] long EntityVersion);
