namespace Cooperation.Grains.Research;

/// <summary>The passages one entity of the change feed (a report, a mission, a document's annotations) gives the corpus.</summary>
/// <param name="EntityVersion">The entity's version they were read at: an older notice changes nothing.</param>
[GenerateSerializer, Immutable]
public sealed record CorpusDocument(
    [property: Id(0)] long EntityVersion,
    [property: Id(1)] IReadOnlyList<CorpusPassage> Passages);
