namespace Cooperation.Grains.Funding.Calls;

/// <summary>
/// One criterion of a call's rubric (grille d'évaluation): reviewers give it a whole score within its scale, and its
/// weight says how much it counts in the application's weighted score.
/// </summary>
/// <param name="Key">Short identifier, unique in the rubric (e.g. "pertinence").</param>
/// <param name="Weight">Relative weight, 1–100; the weights need not add up to anything.</param>
/// <param name="ScaleMin">Lowest score (usually 0).</param>
/// <param name="ScaleMax">Highest score (usually 5).</param>
[GenerateSerializer, Immutable]
public sealed record RubricCriterion(
    [property: Id(0)] string Key,
    [property: Id(1)] string LabelFr,
    [property: Id(2)] string LabelEn,
    [property: Id(3)] int Weight,
    [property: Id(4)] int ScaleMin,
    [property: Id(5)] int ScaleMax);
