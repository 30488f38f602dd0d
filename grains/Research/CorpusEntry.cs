namespace Cooperation.Grains.Research;

/// <summary>A line of the corpus's journal: the passages one entity of the feed gives, as of its version; a later line for the same key replaces it.</summary>
/// <param name="Key">The entity's feed key ("Report/{key}", "Mission/{key}", "Annotations/{key}").</param>
[GenerateSerializer, Immutable]
public sealed record CorpusEntry(
    [property: Id(0)] string Key,
    [property: Id(1)] CorpusDocument Document);
