using Cooperation.Grains.Accounts;
using Cooperation.Grains.Partnerships.Commands;
using Cooperation.Grains.Sync;

namespace Cooperation.Grains.Partnerships;

/// <summary>
/// Un partenariat de coopération décentralisée with its jalons and its history. Key: the partnership's slug (e.g. "seneclic").
/// </summary>
/// <remarks>
/// Access is decided here, from the partnership's own member list and the actor's account: North staff plan and
/// change every milestone, South agents those of the South side, third partners read, administrators do all.
/// Every command carries a client mutation id: the first application's result is returned for a repeat by the same
/// person about the same milestone (or member), checked against her rights of today, and nothing changes again; any
/// other use of the id is refused as reused (<see cref="ActionReceipts"/>). A refused command changes nothing.
/// </remarks>
public interface IPartnershipGrain : IGrainWithStringKey
{
    /// <summary>Records the partnership; a repeat returns it as it is.</summary>
    Task<Partnership> EstablishAsync(EstablishPartnership command);

    /// <summary>Returns the partnership as last stored, or null when no partnership has this slug.</summary>
    /// <remarks>
    /// This and the two reads below answer from what is on disk, so they need not wait for a change being written
    /// (several milliseconds of fsync): they run between the turns of a write and never show what is not yet stored.
    /// </remarks>
    [AlwaysInterleave]
    Task<Partnership?> FindAsync();

    /// <summary>
    /// Returns the partnership with its milestones in one call, or null when no partnership has this slug. The profile
    /// is public and the milestones are not: a reader who may not see them gets the profile with no milestones, not an error.
    /// </summary>
    [AlwaysInterleave]
    Task<PartnershipRead?> ReadAsync(Actor actor);

    /// <summary>Returns the milestones in planning order, to members and administrators.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<Milestone>> GetMilestonesAsync(Actor actor);

    /// <summary>
    /// Returns the history entries after <paramref name="afterRevision"/>, oldest first, to members and administrators;
    /// reads only as far back as that revision. To show a history, read it a page at a time (<see cref="GetHistoryPageAsync"/>).
    /// </summary>
    Task<IReadOnlyList<HistoryEntry>> GetHistoryAsync(Actor actor, long afterRevision = 0);

    /// <summary>Returns a page of the history, newest first, to members and administrators; reads only what the page covers.</summary>
    Task<HistoryPage> GetHistoryPageAsync(Actor actor, HistoryPageRequest request);

    /// <summary>Plans a new milestone.</summary>
    Task<Milestone> PlanMilestoneAsync(PlanMilestone command);

    /// <summary>Changes a milestone's title or description.</summary>
    Task<Milestone> EditMilestoneAsync(EditMilestone command);

    /// <summary>Moves a milestone's dates.</summary>
    Task<Milestone> RescheduleMilestoneAsync(RescheduleMilestone command);

    /// <summary>Records how far a milestone has come (0–100 %).</summary>
    Task<Milestone> RecordMilestoneProgressAsync(RecordMilestoneProgress command);

    /// <summary>Marks a milestone as reached.</summary>
    Task<Milestone> CompleteMilestoneAsync(CompleteMilestone command);

    /// <summary>Drops a milestone, with a reason.</summary>
    Task<Milestone> CancelMilestoneAsync(CancelMilestone command);

    /// <summary>Adds, changes or removes a member (sent by the account grain); a repeat changes nothing.</summary>
    Task SetMemberAsync(SetPartnershipMember command);

    /// <summary>Returns the members and their roles, for members and administrators.</summary>
    Task<IReadOnlyList<PartnershipMember>> GetMembersAsync(Actor actor);

    /// <summary>
    /// The accounts of the members who hold <paramref name="role"/>: whom the grains that hang off the partnership tell
    /// of what happened there (never answered through the API). Interleaves: it only reads.
    /// </summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<string>> GetMembersToTellAsync(MemberRole role);

    /// <summary>
    /// What the actor may do here: the grains that hang off the partnership (shipments, reports, missions) ask it
    /// before each command, so one member list decides for all of them.
    /// </summary>
    [AlwaysInterleave]
    Task<PartnershipAccess> GetAccessAsync(Actor actor);

    /// <summary>
    /// What the actor may do here, decided for reading (<paramref name="side"/> null) or for acting on that side: a
    /// member whose role already grants it is answered from the member list alone, without asking her account whether
    /// she is also an administrator (<see cref="PartnershipAccess.Unrestricted"/> is then false), since that could
    /// not change the answer. One call, then, per action of a member on what hangs off the partnership.
    /// </summary>
    [AlwaysInterleave]
    Task<PartnershipAccess> GetAccessAsync(Actor actor, ActingSide? side);

    /// <summary>
    /// Checks, with the actor's own read rights, that every milestone id names a milestone of this partnership:
    /// reports and missions link to milestones without copying the list. Throws VALIDATION naming the first unknown one.
    /// </summary>
    Task RequireMilestonesAsync(Actor actor, IReadOnlyList<string> milestoneIds);

    /// <summary>Adds a changed entity to the change feed; a repeat of the same version changes nothing.</summary>
    Task<long> RecordChangeAsync(EntityChanged change);

    /// <summary>What changed after <paramref name="since"/>, for members and administrators; cost grows with the changes only.</summary>
    Task<ChangeSet> GetChangesAsync(Actor actor, long since);

    /// <summary>
    /// The entities changed after <paramref name="since"/>, for the partnership's read models (<see cref="FeedReadModelGrain{TState}"/>),
    /// with the reader's rights: members and administrators, or the platform on behalf of a reader the read model checked.
    /// </summary>
    Task<FeedSince> GetFeedSinceAsync(Actor actor, long since);
}
