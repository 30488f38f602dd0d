using Cooperation.Grains.Partnerships;

namespace Cooperation.Grains.Annotations;

/// <summary>Who reads a document's annotations, decided once per call: her rights in the partnership and her research team.</summary>
/// <param name="Team">Her account's research team, or null (no team, or not needed for this call).</param>
public sealed record AnnotationReader(Actor Actor, PartnershipAccess Access, string? Team)
{
    /// <summary>
    /// The creator always; a team annotation, the partnership's members of the creator's team; a partnership annotation,
    /// whoever reads the partnership (members and administrators).
    /// </summary>
    public bool CanSee(Annotation annotation) =>
        annotation.Creator.Id == Actor.Id || annotation.Visibility switch
        {
            AnnotationVisibility.Partnership => Access.CanRead,
            AnnotationVisibility.Team => Access.Role is not null && Team is not null && string.Equals(Team, annotation.Team, StringComparison.Ordinal),
            _ => false,
        };
}
