namespace Cooperation.Grains.Annotations;

/// <summary>
/// What kind of immutable document version an annotation points at. Each kind is one case of
/// <see cref="AnnotationTargets"/>: its key, who reads and writes its annotations, and the sections of one of its versions.
/// </summary>
public enum AnnotationTargetKind
{
    /// <summary>A submitted version of a rapport d'avancement.</summary>
    ProgressReport,

    /// <summary>A filed version of a mission's compte rendu.</summary>
    MissionReport,

    /// <summary>
    /// A filed version of a dossier de candidature au Fonds de Solidarité Numérique: annotated by the fund's people on
    /// that application, not by the applicant partnership.
    /// </summary>
    Application,
}
