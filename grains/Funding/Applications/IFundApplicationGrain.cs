using Cooperation.Grains.Funding.Applications.Commands;
using Cooperation.Grains.Funding.Reviews;
using Cooperation.Grains.Funding.Reviews.Commands;

namespace Cooperation.Grains.Funding.Applications;

/// <summary>
/// Un dossier de candidature au Fonds de Solidarité Numérique: a partnership's application to one call, written and
/// filed by its French authority, reviewed by assigned reviewers, decided by the fund's managers. Key:
/// <c>"{callCode}/{number}"</c> (<see cref="FundApplicationRules.Key"/>), opened by <see cref="Calls.IFundCallGrain.OpenApplicationAsync"/>.
/// </summary>
/// <remarks>
/// Lifecycle: draft → submitted (version 1, frozen) → under review (at the first assignment) → granted or declined,
/// with reasons; a submitted file may be returned for completion, which opens the draft of version 2. Filing is
/// refused while the checklist has a gap or after the call's deadline (a returned file may still come back).
/// Reviewers see only what they were assigned, blind if the call says so; a conflict of interest found in the
/// partnership graph blocks an assignment unless a manager overrides it with a reason. Every command carries a
/// client mutation id: a repeat by the same person about the same reviewer or criterion returns the application as
/// she may read it now and changes nothing; any other use of the id is refused as reused (<see cref="ActionReceipts"/>);
/// a refused command changes nothing.
/// </remarks>
public interface IFundApplicationGrain : IGrainWithStringKey
{
    Task<FundApplication> DraftAsync(DraftFundApplication command);

    Task<FundApplication> EditAsync(EditFundApplication command);

    Task<FundApplication> SubmitAsync(SubmitFundApplication command);

    Task<FundApplication> ReturnAsync(ReturnFundApplication command);

    Task<FundApplication> GrantAsync(GrantFundApplication command);

    Task<FundApplication> DeclineAsync(DeclineFundApplication command);

    Task<FundApplication> AssignReviewerAsync(AssignReviewer command);

    Task<FundApplication> DeclareConflictAsync(DeclareConflictOfInterest command);

    Task<FundApplication> RecuseAsync(RecuseFromReview command);

    Task<FundApplication> ScoreAsync(ScoreCriterion command);

    Task<FundApplication> SubmitReviewAsync(SubmitReview command);

    /// <summary>The application as this reader may see it.</summary>
    Task<FundApplication> GetAsync(Actor actor);

    /// <summary>The application as this reader may see it, or null when they may not read it or it was never drafted (lists).</summary>
    Task<FundApplication?> FindAsync(Actor actor);

    Task<IReadOnlyList<ApplicationVersion>> GetVersionsAsync(Actor actor);

    Task<ApplicationVersion> GetVersionAsync(Actor actor, int number);

    /// <summary>
    /// The uploaded piece the file (its draft or one of its filed versions) cites under this upload id, for a reader of
    /// the file: its applicant partnership, the fund's managers, its reviewers (not when reviewing blind). Null for
    /// anyone else and for a piece it does not cite, alike.
    /// </summary>
    Task<PieceFile?> FindPieceAsync(Actor actor, string uploadId);

    /// <summary>
    /// Whether the actor is one of the fund's people on this application, who read and write its annotations: a fund
    /// manager, or an assigned reviewer who did not recuse, and in either case no member of the applicant partnership.
    /// </summary>
    Task<bool> IsFundSideAsync(Actor actor);

    /// <summary>
    /// A page of the history, newest first (<see cref="HistoryPageRequest"/>): managers read every line; the applicant
    /// partnership reads the file's own lifecycle, not the reviews, and pages through those lines alone.
    /// </summary>
    Task<HistoryPage> GetHistoryPageAsync(Actor actor, HistoryPageRequest request);

    /// <summary>The possible conflicts of interest of a reviewer with this application, before assigning them (managers).</summary>
    Task<IReadOnlyList<PossibleConflict>> CheckConflictsAsync(Actor actor, string reviewerId);

    /// <summary>The entry for the call's ranking (managers); null while never filed.</summary>
    Task<RankingEntry?> GetRankingEntryAsync(Actor actor);

    /// <summary>A granted application's reporting duties: the partnership's progress reports in the grant's period.</summary>
    Task<IReadOnlyList<ReportingDuty>> GetReportingDutiesAsync(Actor actor);
}
