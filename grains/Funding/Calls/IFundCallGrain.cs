using Cooperation.Grains.Funding.Calls.Commands;
using Cooperation.Grains.Funding.Reviews;

namespace Cooperation.Grains.Funding.Calls;

/// <summary>
/// Un appel à projets du Fonds de Solidarité Numérique: year, envelope, deadline, rubric, required pieces, and the
/// applications filed to it. Key: the call's code, e.g. "fsn-2026".
/// </summary>
/// <remarks>
/// Fund managers (and administrators) open and edit calls; anyone may read one, since calls are published. The call
/// numbers its applications (one per partnership): the number, never the partnership, names an application, so a
/// blind reviewer learns nothing from an id. Every command carries a client mutation id: a repeat by the same manager
/// returns the call as it is and changes nothing, anyone else's is refused as reused (<see cref="ActionReceipts"/>); a
/// refused command changes nothing.
/// </remarks>
public interface IFundCallGrain : IGrainWithStringKey
{
    Task<FundCall> CreateAsync(CreateFundCall command);

    Task<FundCall> EditAsync(EditFundCall command);

    /// <summary>The call, or null when no call has this code.</summary>
    /// <remarks>Interleaves: it only reads, and the call's applications ask it while the call waits on them (ranking).</remarks>
    [AlwaysInterleave]
    Task<FundCall?> FindAsync();

    /// <summary>
    /// The key of the partnership's application to this call, numbered on first use; North staff of the partnership
    /// (or administrators, or the platform) only, and only while the call is open to new files.
    /// </summary>
    Task<string> OpenApplicationAsync(Actor actor, string partnershipSlug);

    /// <summary>Every application key, in the order they were opened (the applications decide who reads what).</summary>
    Task<IReadOnlyList<string>> ListApplicationsAsync();

    /// <summary>Locks the rubric once reviewing starts (sent by an application at its first assignment); a repeat changes nothing.</summary>
    Task<FundCall> LockRubricAsync();

    /// <summary>The filed applications ranked by weighted score, best first; managers only.</summary>
    /// <remarks>
    /// Interleaves: it only reads, and it waits on the applications, one of which may at that moment be waiting on
    /// this call (its first assignment locks the rubric).
    /// </remarks>
    [AlwaysInterleave]
    Task<IReadOnlyList<RankingEntry>> GetRankingAsync(Actor actor);

    /// <summary>A page of the call's history (opened, edited), newest first (<see cref="HistoryPageRequest"/>); managers only.</summary>
    Task<HistoryPage> GetHistoryPageAsync(Actor actor, HistoryPageRequest request);
}
