namespace Cooperation.Grains.Funding.Applications;

/// <summary>
/// The managers' decision on an application: granted (with the amount and the period whose progress reports the grant
/// expects) or declined, always with reasons.
/// </summary>
/// <param name="Amount">The granted amount in euros; null when declined.</param>
/// <param name="PeriodStart">Start of the period the grant's reporting duties cover; null when declined.</param>
[GenerateSerializer, Immutable]
public sealed record FundDecision(
    [property: Id(0)] bool Granted,
    [property: Id(1)] decimal? Amount,
    [property: Id(2)] string Reasons,
    [property: Id(3)] DateOnly? PeriodStart,
    [property: Id(4)] DateOnly? PeriodEnd,
    [property: Id(5)] DateTimeOffset DecidedAt,
    [property: Id(6)] string DecidedBy);

/// <summary>Why the managers returned a filed version for completion.</summary>
[GenerateSerializer, Immutable]
public sealed record ApplicationReturn(
    [property: Id(0)] int Version,
    [property: Id(1)] string Reason,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string By);

/// <summary>
/// A reporting duty of a granted application: one of the partnership's progress reports in the grant's period, as it
/// stands (the report itself is read by the partnership's members).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ReportingDuty(
    [property: Id(0)] string ReportKey,
    [property: Id(1)] DateOnly PeriodStart,
    [property: Id(2)] DateOnly PeriodEnd,
    [property: Id(3)] DateOnly DueOn,
    [property: Id(4)] Reports.ReportStatus Status,
    [property: Id(5)] int SubmittedVersions,
    [property: Id(6)] bool Overdue);
