namespace Cooperation.Grains.Annotations.Commands;

/// <summary>Supprimer son annotation: its text goes, a tombstone stays so that the replies keep their thread.</summary>
[GenerateSerializer, Immutable]
public sealed record DeleteAnnotation(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string AnnotationId) : Command(ClientMutationId, Actor)
{
    public override string? Subject => AnnotationId;
}
