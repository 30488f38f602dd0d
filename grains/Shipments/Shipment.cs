namespace Cooperation.Grains.Shipments;

/// <summary>
/// Snapshot of an envoi de matériel reconditionné: its packing list, the receiver's verdicts and its timeline. Its
/// history, which grows with every action, is read a page at a time (<see cref="IShipmentGrain.GetHistoryPageAsync"/>).
/// </summary>
/// <param name="Key">The grain key, "{partnershipSlug}/{localId}".</param>
/// <param name="Timeline">Each status reached, oldest first (prepared, shipped, …).</param>
/// <param name="Version">Grows by one with each change; the version the partnership's change feed records.</param>
[GenerateSerializer, Immutable]
public sealed record Shipment(
    [property: Id(0)] string Key,
    [property: Id(1)] string PartnershipSlug,
    [property: Id(2)] string Title,
    [property: Id(3)] ShipmentStatus Status,
    [property: Id(4)] IReadOnlyList<ShipmentBox> Boxes,
    [property: Id(5)] IReadOnlyList<ShipmentItem> Items,
    [property: Id(6)] IReadOnlyList<StatusChange> Timeline,
    [property: Id(7)] string? ReconciliationNote,
    [property: Id(9)] DateTimeOffset UpdatedAt,
    [property: Id(10)] long Version)
{
    /// <summary>When the shipment reached <paramref name="status"/>, and who moved it, or null.</summary>
    public StatusChange? Reached(ShipmentStatus status) => Timeline.LastOrDefault(c => c.Status == status);

    /// <summary>
    /// The reconciliation list the sender reads: items not received as shipped, or disputed, in packing order.
    /// </summary>
    public IReadOnlyList<ShipmentItem> Discrepancies => [.. Items.Where(i => i.IsDiscrepancy)];
}
