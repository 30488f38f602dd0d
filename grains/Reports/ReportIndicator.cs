namespace Cooperation.Grains.Reports;

/// <summary>
/// Un indicateur de résultat, in the shape of an IATI result indicator: a code, a French title, a unit, and the
/// baseline, target and actual values of the report's period.
/// </summary>
/// <param name="Code">Short reference, unique in the report (e.g. "mairies-raccordees"), like IATI's indicator ref.</param>
/// <param name="Title">What is measured, in French (e.g. "Mairies raccordées à Internet").</param>
/// <param name="Unit">What one unit counts (e.g. "mairies", "agents", "ordinateurs").</param>
/// <param name="Baseline">Value at the start of the partnership's action, when known.</param>
/// <param name="Target">Value aimed at, when set.</param>
/// <param name="Actual">Value reached at the end of the period, when measured.</param>
/// <param name="Source">
/// Where the value comes from, in words (e.g. "calculé à partir des envois confirmés"); null when typed by hand.
/// Kept so that indicators computed from the platform's own facts can say so.
/// </param>
/// <param name="Fact">
/// The fact the actual value is computed from (<see cref="ComputedIndicators"/>); null when the value is typed.
/// </param>
[GenerateSerializer, Immutable]
public sealed record ReportIndicator(
    [property: Id(0)] string Code,
    [property: Id(1)] string Title,
    [property: Id(2)] string Unit,
    [property: Id(3)] decimal? Baseline,
    [property: Id(4)] decimal? Target,
    [property: Id(5)] decimal? Actual,
    [property: Id(6)] string? Source = null,
    [property: Id(7)] IndicatorFact? Fact = null);
