namespace Cooperation.Grains.Annotations.Commands;

/// <summary>Annoter un passage d'une version: the first annotation of a thread, on the grain's document.</summary>
/// <param name="AnnotationId">Chosen by the client, unique among the annotations she made in the document.</param>
/// <param name="Version">The document version the passage was selected on.</param>
/// <param name="Selector">The passage; its prefix and suffix are taken again from the version's text.</param>
[GenerateSerializer, Immutable]
public sealed record Annotate(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string AnnotationId,
    [property: Id(1)] int Version,
    [property: Id(2)] TextSelector Selector,
    [property: Id(3)] AnnotationMotivation Motivation,
    [property: Id(4)] string? Text,
    [property: Id(5)] AnnotationLanguage Language,
    [property: Id(6)] IReadOnlyList<string>? Tags,
    [property: Id(7)] AnnotationVisibility Visibility) : Command(ClientMutationId, Actor)
{
    public override string? Subject => AnnotationId;
}
