using Cooperation.Grains.Missions.Commands;

namespace Cooperation.Grains.Missions;

/// <summary>
/// Une mission de terrain of a partnership: dates, travellers, places, objectives, day-by-day agenda, linked
/// milestones, and a versioned compte rendu. Key: <c>"{slug}/{localId}"</c>, the local id derived from the client
/// mutation id of the plan (<see cref="MissionRules.KeyFor"/>).
/// </summary>
/// <remarks>
/// Lifecycle: planned → under way → reported, or planned → cancelled (with a reason). North staff (and
/// administrators) plan, edit while planned, start, cancel and file the report; each filing adds the next numbered
/// version and leaves the earlier ones as they were. South agents comment; third partners read. Access is asked of
/// the partnership before anything else. Every command carries a client mutation id: a repeat by the same person
/// returns the first result and changes nothing, anyone else's is refused as reused (<see cref="ActionReceipts"/>); a
/// refused command changes nothing.
/// </remarks>
public interface IMissionGrain : IGrainWithStringKey
{
    /// <summary>Plans the mission; its key must be the one <see cref="MissionRules.KeyFor"/> gives for the command's id.</summary>
    Task<Mission> PlanAsync(PlanMission command);

    /// <summary>Changes the plan of a planned mission.</summary>
    Task<Mission> EditAsync(EditMission command);

    /// <summary>Moves a planned mission under way.</summary>
    Task<Mission> StartAsync(StartMission command);

    /// <summary>Files the next version of the compte rendu of a mission under way (or already reported).</summary>
    Task<Mission> FileReportAsync(FileMissionReport command);

    /// <summary>Cancels a planned mission, with a reason.</summary>
    Task<Mission> CancelAsync(CancelMission command);

    /// <summary>Adds a South agent's comment.</summary>
    Task<Mission> CommentAsync(CommentOnMission command);

    /// <summary>Returns the mission, to members and administrators of the partnership.</summary>
    Task<Mission> GetAsync(Actor actor);

    /// <summary>Returns every filed version of the compte rendu, oldest first.</summary>
    Task<IReadOnlyList<MissionReportVersion>> GetReportVersionsAsync(Actor actor);

    /// <summary>Returns one filed version of the compte rendu by its number (1, 2, …).</summary>
    Task<MissionReportVersion> GetReportVersionAsync(Actor actor, int number);

    /// <summary>A page of the mission's history, newest first (<see cref="HistoryPageRequest"/>): members of its partnership and administrators.</summary>
    Task<HistoryPage> GetHistoryPageAsync(Actor actor, HistoryPageRequest request);
}
