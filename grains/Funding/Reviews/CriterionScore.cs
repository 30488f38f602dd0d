using Cooperation.Grains.Annotations;

namespace Cooperation.Grains.Funding.Reviews;

/// <summary>A reviewer's score on one criterion, with the justification and the passages it cites.</summary>
/// <param name="Version">The filed version the citations point into.</param>
/// <param name="Citations">Complete selectors (prefix and suffix taken from the text), checked against that version.</param>
[GenerateSerializer, Immutable]
public sealed record CriterionScore(
    [property: Id(0)] string CriterionKey,
    [property: Id(1)] int Score,
    [property: Id(2)] string Justification,
    [property: Id(3)] int Version,
    [property: Id(4)] IReadOnlyList<TextSelector> Citations,
    [property: Id(5)] DateTimeOffset At);
