namespace Cooperation.Grains.Research;

/// <summary>
/// What a search asks: the words typed, folded as the corpus is (<see cref="FoldedText"/>). A passage matches when
/// each word starts a word of it; it ranks by how many times they do, then newest first.
/// </summary>
public sealed class CorpusQuery
{
    public const int MaxTextLength = 200;
    public const int MaxWords = 10;

    /// <summary>How many characters of a passage a hit shows around its first match.</summary>
    public const int SnippetLength = 200;

    /// <summary>How many of them come before the match, so that it reads in its sentence.</summary>
    private const int SnippetLead = 60;

    private CorpusQuery(IReadOnlyList<string> words) => Words = words;

    public IReadOnlyList<string> Words { get; }

    /// <summary>The query a text asks, refused when it holds no word or too many.</summary>
    public static CorpusQuery Parse(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length > MaxTextLength)
            throw CorpusErrors.Invalid(
                $"La recherche dépasse {MaxTextLength} caractères ({trimmed.Length}).",
                $"The search is longer than {MaxTextLength} characters ({trimmed.Length}).");
        var words = FoldedText.Words(FoldedText.Fold(trimmed)).Distinct().ToList();
        if (words.Count == 0)
            throw CorpusErrors.Invalid("Tapez au moins un mot à chercher.", "Type at least one word to search for.");
        if (words.Count > MaxWords)
            throw CorpusErrors.Invalid(
                $"Une recherche compte au plus {MaxWords} mots ({words.Count}).", $"A search has at most {MaxWords} words ({words.Count}).");
        return new CorpusQuery(words);
    }

    /// <summary>The hit of a passage, or null when one of the words is not in it.</summary>
    public (SearchHit Hit, int Score)? Match(CorpusPassage passage, FoldedText text)
    {
        var matches = new List<(int At, int Length)>();
        foreach (var word in Words)
        {
            var before = matches.Count;
            matches.AddRange(text.WordStarts(word).Select(at => (at, word.Length)));
            if (matches.Count == before)
                return null;
        }
        matches.Sort();
        return (Snippet(passage, text, matches), matches.Count);
    }

    /// <summary>The text around the first match, cut at spaces, each match inside it marked.</summary>
    private static SearchHit Snippet(CorpusPassage passage, FoldedText text, List<(int At, int Length)> matches)
    {
        var original = text.Original;
        var first = text.OriginalRange(matches[0].At, matches[0].Length).Start;
        var start = Math.Max(0, first - SnippetLead);
        if (start > 0 && original.IndexOf(' ', start, first - start) is var space and >= 0)
            start = space + 1;
        var end = Math.Min(original.Length, start + SnippetLength);
        if (end < original.Length && original.LastIndexOf(' ', end - 1, end - first) is var last and > 0 && last > first)
            end = last;
        var prefix = start > 0 ? "…" : "";
        var snippet = prefix + original[start..end] + (end < original.Length ? "…" : "");
        var marks = matches
            .Select(m => text.OriginalRange(m.At, m.Length))
            .Where(r => r.Start >= start && r.End <= end)
            .Select(r => new TextRange(r.Start - start + prefix.Length, r.End - start + prefix.Length))
            .ToList();
        return new SearchHit(passage, snippet, marks);
    }
}
