namespace Cooperation.Grains.Annotations;

/// <summary>
/// Who reads an annotation, besides its creator. A reply has the visibility of the thread it answers. On an application
/// (<see cref="AnnotationTargetKind.Application"/>) Team and Partnership are read by the same people, the fund's people on
/// that application: the applicant partnership reads none of them, as it reads none of the reviews.
/// </summary>
public enum AnnotationVisibility
{
    /// <summary>Privée: the creator only (a researcher's working notes).</summary>
    Private,

    /// <summary>Équipe: the members of the partnership who belong to the creator's research team; on an application, its fund people.</summary>
    Team,

    /// <summary>Partenariat: every member of the partnership, and its administrators; on an application, its fund people.</summary>
    Partnership,
}
