namespace Cooperation.Grains.Shipments;

/// <summary>
/// One line of the packing list, with what the receiver said of it and what happened to it since.
/// </summary>
/// <param name="Id">Local to the shipment: "i1", "i2"… in packing order.</param>
/// <param name="BoxId">The box it travels in.</param>
/// <param name="SerialNumber">Unique within the shipment; kept as typed, compared without case or surrounding spaces.</param>
/// <param name="Destination">The school or town hall it is meant for (free text).</param>
/// <param name="Verdict">The first verdict given, which stands; null until the item is checked.</param>
/// <param name="Disputes">Later verdicts that differ from the first, in arrival order; both sides see them.</param>
/// <param name="Events">What happened after receipt, oldest first.</param>
/// <param name="ChangedIn">The shipment version that last changed it after preparation (0: unchanged since): a device
/// that knew an earlier version is sent only the items changed since.</param>
[GenerateSerializer, Immutable]
public sealed record ShipmentItem(
    [property: Id(0)] string Id,
    [property: Id(1)] string BoxId,
    [property: Id(2)] ItemKind Kind,
    [property: Id(3)] string SerialNumber,
    [property: Id(4)] Refurbishment Refurbishment,
    [property: Id(5)] string Destination,
    [property: Id(6)] ItemVerdict? Verdict,
    [property: Id(7)] IReadOnlyList<ItemVerdict> Disputes,
    [property: Id(8)] IReadOnlyList<ItemEvent> Events,
    [property: Id(9)] long ChangedIn = 0)
{
    /// <summary>True when the receiver found it other than shipped, or when agents disagree about it.</summary>
    public bool IsDiscrepancy => Verdict is { Verdict: not ReceiptVerdict.Received } || Disputes.Count > 0;
}
