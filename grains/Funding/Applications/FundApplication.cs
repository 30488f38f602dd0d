using Cooperation.Grains.Funding.Reviews;

namespace Cooperation.Grains.Funding.Applications;

/// <summary>What the person reading an application is to it, decided by the application grain for each read.</summary>
/// <param name="ActorId">Who reads: a reviewer sees their own review only.</param>
/// <param name="IsManager">Fund manager or administrator: sees every review, the score and the history.</param>
/// <param name="IsMember">A member of the applicant partnership.</param>
/// <param name="IsApplicant">North staff of the applicant partnership (or an administrator): writes and files.</param>
/// <param name="IsReviewer">Assigned to this application as a reviewer.</param>
/// <param name="Blind">The call reviews blind and the reader is only a reviewer here: the applicant's identity is withheld.</param>
[GenerateSerializer, Immutable]
public sealed record ApplicationViewer(
    [property: Id(0)] string ActorId,
    [property: Id(1)] bool IsManager,
    [property: Id(2)] bool IsMember,
    [property: Id(3)] bool IsApplicant,
    [property: Id(4)] bool IsReviewer,
    [property: Id(5)] bool Blind)
{
    public bool CanRead => IsManager || IsMember || IsReviewer;
}

/// <summary>
/// Snapshot of a dossier de candidature as one reader may see it: the reviews are those the reader may read (all for
/// managers, their own for a reviewer, none for the applicant), and the score is the managers' only.
/// </summary>
/// <param name="Key">The grain key, "{callCode}/{number}".</param>
/// <param name="Content">The open draft's content, or the latest filed version's when no draft is open.</param>
/// <param name="Checklist">The content checked against the call; filing needs every item satisfied.</param>
/// <param name="Reviews">The reviews the reader may see.</param>
/// <param name="Score">Weighted score out of 100 (mean of counted reviews); managers only, null otherwise or without reviews.</param>
/// <param name="Revision">Grows by one with each change; sent back to detect a concurrent edit.</param>
[GenerateSerializer, Immutable]
public sealed record FundApplication(
    [property: Id(0)] string Key,
    [property: Id(1)] string CallCode,
    [property: Id(2)] int Number,
    [property: Id(3)] string PartnershipSlug,
    [property: Id(4)] ApplicationStatus Status,
    [property: Id(5)] ApplicationContent Content,
    [property: Id(6)] int SubmittedVersions,
    [property: Id(7)] IReadOnlyList<ChecklistItem> Checklist,
    [property: Id(8)] FundDecision? Decision,
    [property: Id(9)] ApplicationReturn? LatestReturn,
    [property: Id(10)] IReadOnlyList<ReviewAssignment> Reviews,
    [property: Id(11)] decimal? Score,
    [property: Id(12)] DateTimeOffset CreatedAt,
    [property: Id(13)] DateTimeOffset UpdatedAt,
    [property: Id(14)] long Revision,
    [property: Id(15)] ApplicationViewer Viewer)
{
    public bool IsEditable => Status is ApplicationStatus.Draft or ApplicationStatus.Returned;

    /// <summary>Whether the checklist has no gap: the file may be filed.</summary>
    public bool IsReady => Checklist.All(i => i.Satisfied);

    public int? DraftNumber => IsEditable ? SubmittedVersions + 1 : null;
}
