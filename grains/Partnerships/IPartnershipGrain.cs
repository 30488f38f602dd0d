using Cooperation.Grains.Partnerships.Commands;

namespace Cooperation.Grains.Partnerships;

/// <summary>
/// Un partenariat de coopération décentralisée with its jalons and its history. Key: the partnership's slug (e.g. "seneclic").
/// </summary>
/// <remarks>
/// Every command carries a client mutation id: the first application's result is returned for any repeat,
/// and nothing changes again. A refused command changes nothing.
/// </remarks>
public interface IPartnershipGrain : IGrainWithStringKey
{
    /// <summary>Records the partnership; a repeat returns it as it is.</summary>
    Task<Partnership> EstablishAsync(EstablishPartnership command);

    /// <summary>Returns the partnership, or null when no partnership has this slug.</summary>
    Task<Partnership?> FindAsync();

    /// <summary>Returns the milestones in planning order.</summary>
    Task<IReadOnlyList<Milestone>> GetMilestonesAsync();

    /// <summary>Returns the history entries after <paramref name="afterRevision"/>, oldest first.</summary>
    Task<IReadOnlyList<HistoryEntry>> GetHistoryAsync(long afterRevision = 0);

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
}
