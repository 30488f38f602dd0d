namespace Cooperation.Grains.Shipments.Commands;

/// <summary>Gives verdicts on items or whole boxes (South agents, administrators); item lines win over box lines.</summary>
[GenerateSerializer, Immutable]
public sealed record ConfirmShipmentItems(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] IReadOnlyList<VerdictLine> Lines) : Command(ClientMutationId, Actor);
