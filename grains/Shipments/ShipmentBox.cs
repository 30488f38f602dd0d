namespace Cooperation.Grains.Shipments;

/// <summary>Un carton (or pallet) of a shipment.</summary>
/// <param name="Id">Local to the shipment: "b1", "b2"… in packing order.</param>
/// <param name="Label">What is written on the box ("Carton 3 — École de Ngor").</param>
[GenerateSerializer, Immutable]
public sealed record ShipmentBox(
    [property: Id(0)] string Id,
    [property: Id(1)] string Label);
