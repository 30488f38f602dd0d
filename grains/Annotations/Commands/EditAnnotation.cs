namespace Cooperation.Grains.Annotations.Commands;

/// <summary>Modifier son annotation: a part left null stays as it is; the passage and the visibility do not change.</summary>
[GenerateSerializer, Immutable]
public sealed record EditAnnotation(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string AnnotationId,
    [property: Id(1)] string? Text = null,
    [property: Id(2)] AnnotationLanguage? Language = null,
    [property: Id(3)] IReadOnlyList<string>? Tags = null) : Command(ClientMutationId, Actor)
{
    public override string? Subject => AnnotationId;
}
