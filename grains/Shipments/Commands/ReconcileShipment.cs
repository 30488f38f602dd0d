namespace Cooperation.Grains.Shipments.Commands;

/// <summary>Closes a received shipment once the North has gone through the verdicts (North staff, administrators).</summary>
[GenerateSerializer, Immutable]
public sealed record ReconcileShipment(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string? Note) : Command(ClientMutationId, Actor);
