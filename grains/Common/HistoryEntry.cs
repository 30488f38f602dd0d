namespace Cooperation.Grains.Common;

/// <summary>
/// One line of an append-only history (a partnership's, an account's): who changed what, when, from which value to which.
/// </summary>
/// <param name="Revision">The revision of the owner (partnership, account) the change produced; change feeds read from it.</param>
/// <param name="Action">The past-tense event, e.g. <c>MilestoneRescheduled</c>.</param>
/// <param name="SubjectId">What the change is about: a milestone, a partnership, an account.</param>
/// <param name="Field">The changed field, or null when the whole thing was created.</param>
[GenerateSerializer, Immutable]
public sealed record HistoryEntry(
    [property: Id(0)] long Revision,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] Actor Actor,
    [property: Id(3)] string Action,
    [property: Id(4)] string SubjectId,
    [property: Id(5)] string? Field,
    [property: Id(6)] string? OldValue,
    [property: Id(7)] string? NewValue,
    [property: Id(8)] string ClientMutationId);
