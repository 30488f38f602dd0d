namespace Cooperation.Grains.Partnerships;

/// <summary>
/// What a partnership remembers of an applied action, so a repeat of its id returns the first result
/// (<see cref="ActionReceipts.RepeatOf"/>).
/// </summary>
/// <param name="Kind">The command's type name: the same id sent with another command is refused.</param>
/// <param name="Milestone">The milestone as the first application left it, when the action was about one.</param>
/// <param name="ActorId">Who sent it; null in receipts written before receipts recorded it.</param>
/// <param name="Subject">What it named (a milestone, a member); null for the partnership itself, or in older receipts.</param>
[GenerateSerializer, Immutable]
public sealed record MutationReceipt(
    [property: Id(0)] string Kind,
    [property: Id(1)] Milestone? Milestone,
    [property: Id(2)] string? ActorId = null,
    [property: Id(3)] string? Subject = null) : IActionReceipt
{
    /// <summary>The receipt of <paramref name="command"/>, with the milestone it left when it was about one.</summary>
    public static MutationReceipt Of(Command command, Milestone? milestone) =>
        new(ActionReceipts.KindOf(command), milestone, command.Actor.Id, ActionReceipts.SubjectOf(command));
}
