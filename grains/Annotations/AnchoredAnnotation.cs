namespace Cooperation.Grains.Annotations;

/// <summary>An annotation as read on one version of its document.</summary>
/// <param name="Selector">
/// The passage on the version read: the annotation's own selector, the relocated one, or null when the passage is gone
/// (and for replies, which follow their thread's first annotation).
/// </param>
[GenerateSerializer, Immutable]
public sealed record AnchoredAnnotation(
    [property: Id(0)] Annotation Annotation,
    [property: Id(1)] AnnotationAnchoring Anchoring,
    [property: Id(2)] TextSelector? Selector);
