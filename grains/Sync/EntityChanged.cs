namespace Cooperation.Grains.Sync;

/// <summary>
/// What a grain that hangs off a partnership (a shipment, a report, a mission) tells it after each durable change,
/// so the partnership's change feed lists it. Repeating it (same kind, id, version) changes nothing.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record EntityChanged(
    [property: Id(0)] string Kind,
    [property: Id(1)] string EntityId,
    [property: Id(2)] long EntityVersion);
