namespace Cooperation.Grains.Partnerships;

/// <summary>Where a jalon stands. <see cref="Completed"/> and <see cref="Cancelled"/> are final.</summary>
public enum MilestoneStatus
{
    /// <summary>Planifié: nothing recorded yet.</summary>
    Planned,

    /// <summary>En cours: some progress was recorded.</summary>
    InProgress,

    /// <summary>Atteint: the milestone is done.</summary>
    Completed,

    /// <summary>Annulé: dropped, with a reason.</summary>
    Cancelled,
}
