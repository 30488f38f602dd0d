namespace Cooperation.Grains.Common;

/// <summary>
/// What every change carries: the client's id for the action and who acts.
/// </summary>
/// <param name="ClientMutationId">
/// Chosen by the client; a repeat of the same id has the effect of the first, for the life of the grain that applied
/// it, when the same person sends the same command about the same <see cref="Subject"/> (<see cref="ActionReceipts"/>).
/// </param>
[GenerateSerializer, Immutable]
public abstract record Command(
    [property: Id(0)] string ClientMutationId,
    [property: Id(1)] Actor Actor)
{
    /// <summary>
    /// When the action happened, as the platform's seed states it: seeded field work has dates of its own, whatever
    /// the day the platform first starts. Ignored for anyone else, whose actions happen when a grain applies them
    /// (<see cref="ActionTime.Of"/>).
    /// </summary>
    [Id(2)]
    public DateTimeOffset? At { get; init; }

    /// <summary>
    /// What the action names inside the grain that applies it — a milestone, an annotation, an item, a reviewer, a
    /// criterion, a partnership of an account — or null when it is about the grain's whole entity (a report, a
    /// mission). A repeat of the action id must name the same, or it is another action under a reused id.
    /// </summary>
    public virtual string? Subject => null;
}
