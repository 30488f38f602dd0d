namespace Cooperation.Grains.Shipments;

/// <summary>One line of a serial number's history, across shipments.</summary>
/// <param name="Verdict">For <see cref="ItemLifeEventKind.Checked"/> and <see cref="ItemLifeEventKind.Disputed"/>: the verdict given.</param>
/// <param name="Detail">The reason of a verdict or the note of an event.</param>
[GenerateSerializer, Immutable]
public sealed record ItemLifeEvent(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] ItemLifeEventKind Kind,
    [property: Id(2)] Actor By,
    [property: Id(3)] string ShipmentKey,
    [property: Id(4)] string ShipmentTitle,
    [property: Id(5)] string ItemId,
    [property: Id(6)] ReceiptVerdict? Verdict,
    [property: Id(7)] string? Detail,
    [property: Id(8)] string? PhotoId,
    [property: Id(9)] string? MissionKey = null);

/// <summary>The steps of an item's life, from the packing list to the school.</summary>
public enum ItemLifeEventKind
{
    Packed,
    Shipped,
    InTransit,
    Arrived,
    Checked,
    Disputed,
    Reconciled,
    Installed,
    SeenWorking,
    SeenBroken,
}
