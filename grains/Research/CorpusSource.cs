namespace Cooperation.Grains.Research;

/// <summary>What a passage of a partnership's corpus comes from.</summary>
public enum CorpusSource
{
    /// <summary>A section of the latest submitted version of a rapport d'avancement.</summary>
    ProgressReport,

    /// <summary>A section of the latest filed version of a mission's compte rendu.</summary>
    MissionReport,

    /// <summary>An annotation (its text, its tags and the passage it quotes), or a reply.</summary>
    Annotation,
}
