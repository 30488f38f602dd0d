namespace Cooperation.Grains.Reports;

/// <summary>
/// Snapshot of a rapport d'avancement of one partnership for one period.
/// </summary>
/// <param name="Key">The grain key, "{slug}/{periodStart:yyyy-MM-dd}_{periodEnd:yyyy-MM-dd}" (see <see cref="ReportRules.Key"/>).</param>
/// <param name="DueOn">When the report is expected: the period's end plus <see cref="ReportRules.GraceDays"/> days.</param>
/// <param name="Content">The open draft's content, or the latest submitted version's when no draft is open.</param>
/// <param name="SubmittedVersions">How many versions were submitted (0 until the first submission).</param>
/// <param name="LatestReview">The South side's answer to the latest version, if any.</param>
/// <param name="Revision">Grows by one with each change of the report; sent back to detect a concurrent edit.</param>
/// <param name="Overdue">
/// En retard: the due date has passed and the partnership still owes a submission (a draft, or a report returned for
/// changes). Recorded by the report when its due date passes (a durable reminder), so that it reaches the change feed
/// and the phones' copies like any change; a submitted or acknowledged report is never overdue.
/// </param>
[GenerateSerializer, Immutable]
public sealed record Report(
    [property: Id(0)] string Key,
    [property: Id(1)] string PartnershipSlug,
    [property: Id(2)] DateOnly PeriodStart,
    [property: Id(3)] DateOnly PeriodEnd,
    [property: Id(4)] DateOnly DueOn,
    [property: Id(5)] ReportStatus Status,
    [property: Id(6)] ReportContent Content,
    [property: Id(7)] int SubmittedVersions,
    [property: Id(8)] ReportReview? LatestReview,
    [property: Id(9)] DateTimeOffset CreatedAt,
    [property: Id(10)] DateTimeOffset UpdatedAt,
    [property: Id(11)] long Revision,
    [property: Id(12)] bool Overdue)
{
    /// <summary>Whether a draft is open (new, or after a return).</summary>
    public bool IsEditable => Editable(Status);

    /// <summary>Whether a report in this status has a draft open to changes: a new one, or one returned for changes.</summary>
    public static bool Editable(ReportStatus status) => status is ReportStatus.Draft or ReportStatus.Returned;

    /// <summary>The number the open draft will take when submitted; null when no draft is open.</summary>
    public int? DraftNumber => IsEditable ? SubmittedVersions + 1 : null;
}
