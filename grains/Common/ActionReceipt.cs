namespace Cooperation.Grains.Common;

/// <summary>
/// What every receipt of an applied action records, whatever else its grain keeps with it: which command it was, who
/// sent it, and what it named. <see cref="ActionReceipts.RepeatOf"/> reads these three, and nothing else, to decide
/// whether an action id sent again is a repeat.
/// </summary>
public interface IActionReceipt
{
    /// <summary>The command's type name (<see cref="ActionReceipts.KindOf"/>).</summary>
    string Kind { get; }

    /// <summary>The account (or process) that sent the action; null in a receipt written before receipts recorded it.</summary>
    string? ActorId { get; }

    /// <summary>The command's <see cref="Command.Subject"/>; null when it named the grain's whole entity, or in a receipt written before receipts recorded it.</summary>
    string? Subject { get; }
}

/// <summary>
/// What an entity remembers of an applied action, for the entity's whole life: enough to recognise a repeat of its
/// client mutation id, not a copy of its result.
/// </summary>
/// <remarks>
/// A repeat answers the entity as it is now, which is what a client that lost the first answer must show anyway.
/// Keeping a snapshot per action instead would grow the stored state, and every durable write, with the square of
/// the number of actions: a report edited offline a hundred times would rewrite a hundred copies of itself.
/// </remarks>
/// <param name="Kind">The command's type name: the same id sent with another command is refused.</param>
/// <param name="Version">The entity's version (or attempt) the action produced, or found when it changed nothing.</param>
/// <param name="ActorId">Who sent it (<see cref="IActionReceipt.ActorId"/>).</param>
/// <param name="Subject">What it named (<see cref="IActionReceipt.Subject"/>).</param>
[GenerateSerializer, Immutable]
public sealed record ActionReceipt(
    [property: Id(0)] string Kind,
    [property: Id(1)] long Version,
    [property: Id(2)] string? ActorId = null,
    [property: Id(3)] string? Subject = null) : IActionReceipt;
