namespace Cooperation.Grains.Reports;

/// <summary>What the South side answered to a submitted version.</summary>
public enum ReportReviewOutcome
{
    /// <summary>Pris en compte.</summary>
    Acknowledged,

    /// <summary>Renvoyé pour modifications.</summary>
    Returned,
}

/// <summary>The South side's answer to one submitted version, with its comments.</summary>
/// <param name="Reviewer">Display name of who answered.</param>
[GenerateSerializer, Immutable]
public sealed record ReportReview(
    [property: Id(0)] ReportReviewOutcome Outcome,
    [property: Id(1)] string Comment,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string Reviewer);
