namespace Cooperation.Grains.Shipments;

/// <summary>What a receiving action answers: the shipment as it is now and how each verdict landed.</summary>
[GenerateSerializer, Immutable]
public sealed record ShipmentConfirmation(
    [property: Id(0)] Shipment Shipment,
    [property: Id(1)] IReadOnlyList<ItemOutcome> Outcomes);
