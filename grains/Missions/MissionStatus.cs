namespace Cooperation.Grains.Missions;

/// <summary>
/// Where a mission de terrain stands: planned → under way → reported, or planned → cancelled.
/// <see cref="Reported"/> and <see cref="Cancelled"/> are final (a reported mission may still receive new report versions).
/// </summary>
public enum MissionStatus
{
    /// <summary>Planifiée: dates, travellers, places and agenda may still change.</summary>
    Planned,

    /// <summary>En cours: the travellers are on the ground; the plan is frozen.</summary>
    UnderWay,

    /// <summary>Compte rendu déposé: at least one version of the mission report exists.</summary>
    Reported,

    /// <summary>Annulée, with a reason.</summary>
    Cancelled,
}
