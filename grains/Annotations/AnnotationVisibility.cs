namespace Cooperation.Grains.Annotations;

/// <summary>Who reads an annotation, besides its creator. A reply has the visibility of the thread it answers.</summary>
public enum AnnotationVisibility
{
    /// <summary>Privée: the creator only (a researcher's working notes).</summary>
    Private,

    /// <summary>Équipe: the members of the partnership who belong to the creator's research team.</summary>
    Team,

    /// <summary>Partenariat: every member of the partnership, and its administrators.</summary>
    Partnership,
}
