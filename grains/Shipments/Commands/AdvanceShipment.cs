namespace Cooperation.Grains.Shipments.Commands;

/// <summary>Marks a shipment shipped, in transit or arrived (North staff, administrators).</summary>
[GenerateSerializer, Immutable]
public sealed record AdvanceShipment(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] ShipmentStatus To) : Command(ClientMutationId, Actor);
