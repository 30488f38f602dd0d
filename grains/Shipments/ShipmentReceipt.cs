namespace Cooperation.Grains.Shipments;

/// <summary>
/// What a shipment remembers of an applied action, so a repeat of its id changes nothing and answers the same
/// (<see cref="ActionReceipts.RepeatOf"/>).
/// </summary>
/// <remarks>
/// It keeps the per-item outcomes, not a whole snapshot: a shipment of 50 items receives dozens of actions, and a
/// snapshot per action would grow the stored state quadratically. A repeat answers the stored outcomes with the
/// shipment as it is now (which is what the client must show anyway).
/// </remarks>
/// <param name="Kind">The command's type name: the same id sent with another command is refused.</param>
/// <param name="Version">The shipment version the action produced (or found, when it changed nothing).</param>
/// <param name="ActorId">Who sent it; null in receipts written before receipts recorded it.</param>
/// <param name="Subject">The item, or the items and boxes, it named; null for the whole shipment, or in older receipts.</param>
[GenerateSerializer, Immutable]
public sealed record ShipmentReceipt(
    [property: Id(0)] string Kind,
    [property: Id(1)] long Version,
    [property: Id(2)] IReadOnlyList<ItemOutcome> Outcomes,
    [property: Id(3)] string? ActorId = null,
    [property: Id(4)] string? Subject = null) : IActionReceipt
{
    /// <summary>The receipt of <paramref name="command"/>, applied at <paramref name="version"/> with these outcomes.</summary>
    public static ShipmentReceipt Of(Command command, long version, IReadOnlyList<ItemOutcome> outcomes) =>
        new(ActionReceipts.KindOf(command), version, outcomes, command.Actor.Id, ActionReceipts.SubjectOf(command));
}
