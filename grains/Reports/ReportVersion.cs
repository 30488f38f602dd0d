namespace Cooperation.Grains.Reports;

/// <summary>
/// One submitted version of a report, frozen at submission: its content never changes afterwards; only the South
/// side's answer (<see cref="Review"/>) is added to it.
/// </summary>
/// <param name="Number">1 for the first submission, 2 for the resubmission after a return, and so on.</param>
/// <param name="SubmittedBy">Display name of who submitted it.</param>
/// <param name="Review">The South side's answer; null while it waits.</param>
[GenerateSerializer, Immutable]
public sealed record ReportVersion(
    [property: Id(0)] int Number,
    [property: Id(1)] ReportContent Content,
    [property: Id(2)] DateTimeOffset SubmittedAt,
    [property: Id(3)] string SubmittedBy,
    [property: Id(4)] ReportReview? Review);
