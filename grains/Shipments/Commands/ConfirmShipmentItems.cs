namespace Cooperation.Grains.Shipments.Commands;

/// <summary>Gives verdicts on items or whole boxes (South agents, administrators); item lines win over box lines.</summary>
[GenerateSerializer, Immutable]
public sealed record ConfirmShipmentItems(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] IReadOnlyList<VerdictLine> Lines) : Command(ClientMutationId, Actor)
{
    /// <summary>The items and boxes the lines name, whatever their order.</summary>
    public override string? Subject => ActionReceipts.NamesOf((Lines ?? []).SelectMany(line => new[]
    {
        line.ItemId is { Length: > 0 } item ? $"item:{item}" : null,
        line.BoxId is { Length: > 0 } box ? $"box:{box}" : null,
    }));
}
