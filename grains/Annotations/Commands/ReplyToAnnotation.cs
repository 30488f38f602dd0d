namespace Cooperation.Grains.Annotations.Commands;

/// <summary>Répondre à une annotation: the reply joins its thread and has the thread's visibility.</summary>
/// <param name="AnnotationId">The reply's own id, chosen by the client.</param>
/// <param name="ReplyTo">The annotation answered (the thread's first one or another reply).</param>
[GenerateSerializer, Immutable]
public sealed record ReplyToAnnotation(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string AnnotationId,
    [property: Id(1)] string ReplyTo,
    [property: Id(2)] string? Text,
    [property: Id(3)] AnnotationLanguage Language) : Command(ClientMutationId, Actor)
{
    public override string? Subject => AnnotationId;
}
