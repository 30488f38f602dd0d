namespace Cooperation.Grains.Shipments;

/// <summary>When a shipment reached a status, and who moved it there.</summary>
[GenerateSerializer, Immutable]
public sealed record StatusChange(
    [property: Id(0)] ShipmentStatus Status,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] Actor By);
