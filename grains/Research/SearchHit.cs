namespace Cooperation.Grains.Research;

/// <summary>A run of a snippet's characters, from <see cref="Start"/> up to (not including) <see cref="End"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record TextRange([property: Id(0)] int Start, [property: Id(1)] int End);

/// <summary>One passage found, with a snippet around its first match and every match in the snippet marked.</summary>
/// <param name="Passage">The passage, as the reader may read it.</param>
/// <param name="Snippet">Up to <see cref="CorpusQuery.SnippetLength"/> characters of it, « … » where it was cut.</param>
/// <param name="Marks">Where the searched words are in <see cref="Snippet"/>.</param>
/// <param name="Score">How many times the searched words were found in the passage: more is more relevant.</param>
/// <param name="Partnership">The slug of the partnership whose corpus holds the passage.</param>
[GenerateSerializer, Immutable]
public sealed record SearchHit(
    [property: Id(0)] CorpusPassage Passage,
    [property: Id(1)] string Snippet,
    [property: Id(2)] IReadOnlyList<TextRange> Marks,
    [property: Id(3)] int Score = 0,
    [property: Id(4)] string Partnership = "")
{
    /// <summary>
    /// The order of results, in one corpus or merged from several: most matches first, then newest, then by document
    /// and section so that pages never overlap.
    /// </summary>
    public static IComparer<SearchHit> BestFirst { get; } = Comparer<SearchHit>.Create((a, b) =>
        b.Score.CompareTo(a.Score) is not 0 and var byScore ? byScore
        : b.Passage.Date.CompareTo(a.Passage.Date) is not 0 and var byDate ? byDate
        : string.CompareOrdinal(a.Passage.DocumentId, b.Passage.DocumentId) is not 0 and var byDocument ? byDocument
        : string.CompareOrdinal(a.Passage.Section, b.Passage.Section) is not 0 and var bySection ? bySection
        : string.CompareOrdinal(a.Partnership, b.Partnership));
}

/// <summary>A page of search results, best first.</summary>
/// <param name="Offset">The position of the page's first hit among all of them.</param>
/// <param name="TotalCount">How many passages the reader may read match.</param>
[GenerateSerializer, Immutable]
public sealed record SearchPage(
    [property: Id(0)] IReadOnlyList<SearchHit> Hits,
    [property: Id(1)] int Offset,
    [property: Id(2)] int TotalCount)
{
    public bool HasMore => Offset + Hits.Count < TotalCount;
}
