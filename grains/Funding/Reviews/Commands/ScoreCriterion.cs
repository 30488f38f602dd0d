using Cooperation.Grains.Annotations;

namespace Cooperation.Grains.Funding.Reviews.Commands;

/// <summary>
/// Noter un critère (the assigned reviewer): a whole score within the criterion's scale, a justification, and the
/// passages of the filed version it relies on. Scoring the same criterion again replaces the score until the review
/// is submitted.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ScoreCriterion(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string CriterionKey,
    [property: Id(1)] int Score,
    [property: Id(2)] string Justification,
    [property: Id(3)] IReadOnlyList<TextSelector> Citations) : Command(ClientMutationId, Actor)
{
    public override string? Subject => CriterionKey;
}
