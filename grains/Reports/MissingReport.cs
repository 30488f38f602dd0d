namespace Cooperation.Grains.Reports;

/// <summary>A reporting period that ended with no report at all.</summary>
/// <param name="Overdue">Whether its due date (period end + <see cref="ReportRules.GraceDays"/> days) has passed.</param>
[GenerateSerializer, Immutable]
public sealed record MissingReport(
    [property: Id(0)] DateOnly PeriodStart,
    [property: Id(1)] DateOnly PeriodEnd,
    [property: Id(2)] DateOnly DueOn,
    [property: Id(3)] bool Overdue);
