using Cooperation.Grains.Annotations;

namespace Cooperation.Grains.Research;

/// <summary>One searchable passage of a partnership's corpus, as kept by <see cref="ICorpusGrain"/>.</summary>
/// <param name="Source">A report's section, a mission report's section, or an annotation.</param>
/// <param name="DocumentKind">The kind of the document it is in, or annotates.</param>
/// <param name="DocumentId">That document's key (a report's "{slug}/{start}_{end}", a mission's "{slug}/{localId}").</param>
/// <param name="DocumentTitle">The document's title as a reader knows it, in French.</param>
/// <param name="Version">The document's version the text is from, or the annotation was made on.</param>
/// <param name="Section">The section's name ("results", "findings"…): for an annotation, the section of its passage (empty for a reply).</param>
/// <param name="Text">The section's text, or the annotation's comment.</param>
/// <param name="Date">When the version was submitted or filed, or the annotation made.</param>
/// <param name="Annotation">The annotation itself, whose visibility decides who finds it; null for a document's section.</param>
[GenerateSerializer, Immutable]
public sealed record CorpusPassage(
    [property: Id(0)] CorpusSource Source,
    [property: Id(1)] AnnotationTargetKind DocumentKind,
    [property: Id(2)] string DocumentId,
    [property: Id(3)] string DocumentTitle,
    [property: Id(4)] int Version,
    [property: Id(5)] string Section,
    [property: Id(6)] string Text,
    [property: Id(7)] DateTimeOffset Date,
    [property: Id(8)] Annotation? Annotation)
{
    /// <summary>
    /// What the search reads: a section's text; an annotation's comment, its tags and the passage it quotes, so that
    /// a code or a quoted word finds it too.
    /// </summary>
    public string Searchable => Annotation is not { } a
        ? Text
        : string.Join(" — ", new[] { a.Text, string.Join(", ", a.Tags), a.Selector is { } s ? $"« {s.Exact} »" : "" }.Where(p => p.Length > 0));
}
