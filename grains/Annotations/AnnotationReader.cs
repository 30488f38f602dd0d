namespace Cooperation.Grains.Annotations;

/// <summary>Who reads a document's annotations, decided once per call by the document's kind (<see cref="AnnotationTargets"/>).</summary>
/// <param name="CanRead">Reads the document's shared annotations: a partnership's members and administrators; an application's fund people.</param>
/// <param name="CanWrite">Annotates and replies: a partnership's members (any side); an application's fund people.</param>
/// <param name="Team">
/// The group whose TEAM annotations she reads and writes: her account's research team on a partnership's document (null
/// without one, or when not needed for this call); <see cref="AnnotationTargets.ApplicationTeam"/> on an application.
/// </param>
public sealed record AnnotationReader(Actor Actor, bool CanRead, bool CanWrite, string? Team)
{
    /// <summary>Someone who reads none of the document's annotations.</summary>
    public static AnnotationReader Outsider(Actor actor) => new(actor, false, false, null);

    /// <summary>
    /// The creator always; a team annotation, the writers of the document who belong to the creator's team; a
    /// partnership annotation, whoever reads the document's annotations.
    /// </summary>
    public bool CanSee(Annotation annotation) =>
        annotation.Creator.Id == Actor.Id || annotation.Visibility switch
        {
            AnnotationVisibility.Partnership => CanRead,
            AnnotationVisibility.Team => CanWrite && Team is not null && string.Equals(Team, annotation.Team, StringComparison.Ordinal),
            _ => false,
        };
}
