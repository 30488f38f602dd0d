namespace Cooperation.Grains.Shipments.Commands;

/// <summary>
/// One verdict of a confirmation, on one item (<see cref="ItemId"/>) or on every item of a box (<see cref="BoxId"/>);
/// exactly one of the two is given.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record VerdictLine(
    [property: Id(0)] string? ItemId,
    [property: Id(1)] string? BoxId,
    [property: Id(2)] ReceiptVerdict Verdict,
    [property: Id(3)] string? Reason,
    [property: Id(4)] string? PhotoId);
