namespace Cooperation.Grains.Partnerships;

/// <summary>
/// What a partnership remembers of an applied action, so a repeat of its id is recognised
/// (<see cref="ActionReceipts.RepeatOf"/>) and answered with the milestone it made or named, as that milestone is now.
/// </summary>
/// <remarks>
/// A receipt names its milestone rather than copying it: the receipts not yet sealed into a segment are part of every
/// write of the partnership, and a copy of a milestone in each of them was the larger part of what one change wrote.
/// A repeat answers the milestone as it is now, which is what a client that lost the first answer must show anyway.
/// </remarks>
/// <param name="Kind">The command's type name: the same id sent with another command is refused.</param>
/// <param name="Milestone">
/// The milestone as the first application left it, in receipts written before receipts named it by
/// <paramref name="MilestoneId"/>; null in newer ones.
/// </param>
/// <param name="ActorId">Who sent it; null in receipts written before receipts recorded it.</param>
/// <param name="Subject">What it named (a milestone, a member); null for the partnership itself, or in older receipts.</param>
/// <param name="MilestoneId">The milestone the action made or changed, when it was about one.</param>
[GenerateSerializer, Immutable]
public sealed record MutationReceipt(
    [property: Id(0)] string Kind,
    [property: Id(1)] Milestone? Milestone,
    [property: Id(2)] string? ActorId = null,
    [property: Id(3)] string? Subject = null,
    [property: Id(4)] string? MilestoneId = null) : IActionReceipt
{
    /// <summary>The milestone this action was about, whichever way the receipt names it.</summary>
    public string? NamedMilestone => MilestoneId ?? Milestone?.Id;

    /// <summary>The receipt of <paramref name="command"/>, naming the milestone it made or changed when it was about one.</summary>
    public static MutationReceipt Of(Command command, Milestone? milestone) =>
        new(ActionReceipts.KindOf(command), null, command.Actor.Id, ActionReceipts.SubjectOf(command), milestone?.Id);
}
