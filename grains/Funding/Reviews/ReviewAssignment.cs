namespace Cooperation.Grains.Funding.Reviews;

/// <summary>
/// One reviewer on one application: who assigned them, the conflicts the graph showed and the manager's override, the
/// reviewer's own declaration or recusal, and their scores.
/// </summary>
/// <param name="ReviewerId">The reviewer's account key (e-mail address).</param>
/// <param name="DetectedConflicts">Ties found in the partnership graph at assignment; empty when none.</param>
/// <param name="OverrideReason">Why the manager assigned the reviewer despite <see cref="DetectedConflicts"/>.</param>
/// <param name="DeclaredConflict">The reviewer's own declaration of interests, if any.</param>
/// <param name="RecusalReason">Set when the reviewer recused: they no longer review, their scores no longer count.</param>
/// <param name="Scores">One per scored criterion, in the order first scored.</param>
/// <param name="SubmittedAt">When the review was submitted; the scores are frozen from then on.</param>
[GenerateSerializer, Immutable]
public sealed record ReviewAssignment(
    [property: Id(0)] string ReviewerId,
    [property: Id(1)] string ReviewerName,
    [property: Id(2)] DateTimeOffset AssignedAt,
    [property: Id(3)] string AssignedBy,
    [property: Id(4)] IReadOnlyList<PossibleConflict> DetectedConflicts,
    [property: Id(5)] string? OverrideReason,
    [property: Id(6)] string? DeclaredConflict,
    [property: Id(7)] string? RecusalReason,
    [property: Id(8)] IReadOnlyList<CriterionScore> Scores,
    [property: Id(9)] string? Comment,
    [property: Id(10)] DateTimeOffset? SubmittedAt)
{
    public bool Recused => RecusalReason is not null;

    public bool Submitted => SubmittedAt is not null;

    /// <summary>Whether this review counts in the application's score: submitted, and its reviewer did not recuse.</summary>
    public bool Counts => Submitted && !Recused;
}
