namespace Cooperation.Grains.Shipments.Commands;

/// <summary>Gives verdicts on items or whole boxes (South agents, administrators); item lines win over box lines.</summary>
/// <param name="Replaces">
/// The ids of this person's earlier actions this one stands in for: a phone that changed a verdict after sending it,
/// without knowing whether the server applied it (the answer was lost). A verdict one of them set is corrected, not
/// disputed. Null or empty: a plain confirmation.
/// </param>
[GenerateSerializer, Immutable]
public sealed record ConfirmShipmentItems(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] IReadOnlyList<VerdictLine> Lines,
    [property: Id(1)] IReadOnlyList<string>? Replaces = null) : Command(ClientMutationId, Actor)
{
    /// <summary>The items and boxes the lines name, whatever their order.</summary>
    public override string? Subject => ActionReceipts.NamesOf((Lines ?? []).SelectMany(line => new[]
    {
        line.ItemId is { Length: > 0 } item ? $"item:{item}" : null,
        line.BoxId is { Length: > 0 } box ? $"box:{box}" : null,
    }));
}
