using Cooperation.Grains.Reports.Commands;

namespace Cooperation.Grains.Reports;

/// <summary>
/// Un rapport d'avancement: what a partnership did in one period, written by the North side and acknowledged (or
/// returned for changes) by the South side. Key: <c>"{slug}/{periodStart:yyyy-MM-dd}_{periodEnd:yyyy-MM-dd}"</c>
/// (<see cref="ReportRules.Key"/>), so there is one report per partnership and period.
/// </summary>
/// <remarks>
/// Lifecycle: draft → submitted → acknowledged, or returned (with comments) → edited → resubmitted. Each submission
/// freezes the draft as a numbered <see cref="ReportVersion"/> (1, 2, …) that never changes afterwards; editing is
/// refused unless a draft is open (new, or after a return). North staff write and submit, South agents acknowledge
/// or return, third partners read; administrators do all. Access is asked of the partnership before anything else.
/// Every command carries a client mutation id: a repeat by the same person returns the first result and changes
/// nothing, anyone else's is refused as reused (<see cref="ActionReceipts"/>); a refused command changes nothing.
/// </remarks>
public interface IReportGrain : IGrainWithStringKey
{
    /// <summary>Opens the report of this period with its first draft.</summary>
    Task<Report> DraftAsync(DraftReport command);

    /// <summary>Changes the open draft.</summary>
    Task<Report> EditAsync(EditReport command);

    /// <summary>Freezes the open draft as the next version and submits it.</summary>
    Task<Report> SubmitAsync(SubmitReport command);

    /// <summary>Acknowledges the submitted version (South side).</summary>
    Task<Report> AcknowledgeAsync(AcknowledgeReport command);

    /// <summary>Returns the submitted version for changes, which opens the next draft (South side).</summary>
    Task<Report> ReturnAsync(ReturnReport command);

    /// <summary>Returns the report, to members and administrators of the partnership.</summary>
    Task<Report> GetAsync(Actor actor);

    /// <summary>Returns every submitted version, oldest first.</summary>
    Task<IReadOnlyList<ReportVersion>> GetVersionsAsync(Actor actor);

    /// <summary>Returns one submitted version by its number (1, 2, …).</summary>
    Task<ReportVersion> GetVersionAsync(Actor actor, int number);

    /// <summary>A page of the report's history, newest first (<see cref="HistoryPageRequest"/>): members of its partnership and administrators.</summary>
    Task<HistoryPage> GetHistoryPageAsync(Actor actor, HistoryPageRequest request);
}
