namespace Cooperation.Grains.Annotations;

/// <summary>
/// Snapshot of one annotation (W3C Web Annotation): a passage of an immutable document version, or another annotation
/// for a reply, with a motivation and a short text in French or English.
/// </summary>
/// <param name="Id">
/// Chosen by the client (so an offline reply can name an annotation not sent yet), unique among its creator's in the
/// document: another person's annotation under the same id, which she may not see, is another annotation.
/// </param>
/// <param name="Target">The document version it was made on; a reply has its thread's.</param>
/// <param name="Selector">The passage, exact on <see cref="Target"/>'s version; null for a reply.</param>
/// <param name="ReplyTo">The annotation a reply answers; null for the first annotation of a thread.</param>
/// <param name="Text">The body; empty for a tag without comment, and for a deleted annotation.</param>
/// <param name="Tags">The tags of a tagging annotation, in the order given.</param>
/// <param name="Team">The research team that reads it when <see cref="Visibility"/> is Team.</param>
/// <param name="Modified">When its creator last edited or deleted it; null until then.</param>
/// <param name="Deleted">Deleted by its creator: kept as a tombstone, without its text, so replies keep their thread.</param>
/// <param name="ReplyToCreator">
/// Who made the annotation a reply answers (two people's ids may be the same); null for the first annotation of a
/// thread, and for a reply stored when an id named one annotation of the document.
/// </param>
[GenerateSerializer, Immutable]
public sealed record Annotation(
    [property: Id(0)] string Id,
    [property: Id(1)] AnnotationTarget Target,
    [property: Id(2)] TextSelector? Selector,
    [property: Id(3)] string? ReplyTo,
    [property: Id(4)] AnnotationMotivation Motivation,
    [property: Id(5)] string Text,
    [property: Id(6)] AnnotationLanguage Language,
    [property: Id(7)] IReadOnlyList<string> Tags,
    [property: Id(8)] AnnotationVisibility Visibility,
    [property: Id(9)] string? Team,
    [property: Id(10)] Actor Creator,
    [property: Id(11)] DateTimeOffset Created,
    [property: Id(12)] DateTimeOffset? Modified,
    [property: Id(13)] bool Deleted,
    [property: Id(14)] string? ReplyToCreator = null);
