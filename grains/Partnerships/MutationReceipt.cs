namespace Cooperation.Grains.Partnerships;

/// <summary>
/// What a partnership remembers of an applied action, so a repeat of its id returns the first result.
/// </summary>
/// <param name="Kind">The command's type name: the same id sent with another command is refused.</param>
/// <param name="Milestone">The milestone as the first application left it, when the action was about one.</param>
[GenerateSerializer, Immutable]
public sealed record MutationReceipt(
    [property: Id(0)] string Kind,
    [property: Id(1)] Milestone? Milestone);
