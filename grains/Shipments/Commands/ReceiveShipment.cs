namespace Cooperation.Grains.Shipments.Commands;

/// <summary>« Tout reçu »: every item not yet checked is received (South agents, administrators).</summary>
[GenerateSerializer, Immutable]
public sealed record ReceiveShipment(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string? PhotoId) : Command(ClientMutationId, Actor);
