namespace Cooperation.Grains.Shipments;

/// <summary>
/// What a shipment remembers of an applied action, so a repeat of its id changes nothing and answers the same.
/// </summary>
/// <remarks>
/// It keeps the per-item outcomes, not a whole snapshot: a shipment of 50 items receives dozens of actions, and a
/// snapshot per action would grow the stored state quadratically. A repeat answers the stored outcomes with the
/// shipment as it is now (which is what the client must show anyway).
/// </remarks>
/// <param name="Kind">The command's type name: the same id sent with another command is refused.</param>
/// <param name="Version">The shipment version the action produced (or found, when it changed nothing).</param>
[GenerateSerializer, Immutable]
public sealed record ShipmentReceipt(
    [property: Id(0)] string Kind,
    [property: Id(1)] long Version,
    [property: Id(2)] IReadOnlyList<ItemOutcome> Outcomes);
