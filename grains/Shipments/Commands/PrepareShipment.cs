namespace Cooperation.Grains.Shipments.Commands;

/// <summary>Draws up a shipment's packing list (North staff, administrators).</summary>
/// <remarks>Sent to the grain whose key <see cref="ShipmentRules.KeyFor"/> derives from the client mutation id.</remarks>
[GenerateSerializer, Immutable]
public sealed record PrepareShipment(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string Title,
    [property: Id(1)] IReadOnlyList<PackedBox> Boxes) : Command(ClientMutationId, Actor);
