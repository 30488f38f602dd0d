namespace Cooperation.Grains.Annotations;

/// <summary>One immutable version of a document: what an annotation points at.</summary>
/// <param name="DocumentId">The document's grain key (a report's "{slug}/{start}_{end}", a mission's "{slug}/{localId}").</param>
/// <param name="Version">The version's number (1, 2, …).</param>
[GenerateSerializer, Immutable]
public sealed record AnnotationTarget(
    [property: Id(0)] AnnotationTargetKind Kind,
    [property: Id(1)] string DocumentId,
    [property: Id(2)] int Version);
