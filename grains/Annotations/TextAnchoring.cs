namespace Cooperation.Grains.Annotations;

/// <summary>Checks a selector against the text it was made on, and finds its passage again in a later version.</summary>
public static class TextAnchoring
{
    /// <summary>How much context a selector keeps on each side: enough to tell repeated phrases apart.</summary>
    public const int ContextLength = 32;

    /// <summary>The longest passage one selector may cover.</summary>
    public const int MaxExactLength = 2_000;

    /// <summary>
    /// The selector made complete and exact for these sections (prefix and suffix taken from the text), or null with the
    /// reason when it does not point at text that is there.
    /// </summary>
    public static TextSelector? Anchor(IReadOnlyDictionary<string, string> sections, TextSelector selector, out string? problem)
    {
        problem = null;
        if (!sections.TryGetValue(selector.Section, out var text))
            problem = $"Section inconnue « {selector.Section} » / Unknown section \"{selector.Section}\" (known: {string.Join(", ", sections.Keys)}).";
        else if (selector.Exact.Length == 0 || selector.Exact.Length > MaxExactLength)
            problem = $"Le passage cité doit faire de 1 à {MaxExactLength} caractères / The quoted passage must be 1 to {MaxExactLength} characters long.";
        // Start is bounded before End is computed from it: offsets near int.MaxValue must not wrap around.
        else if (selector.Start < 0 || selector.Start > text.Length - selector.Exact.Length || selector.End != selector.Start + selector.Exact.Length
                 || string.CompareOrdinal(text, selector.Start, selector.Exact, 0, selector.Exact.Length) != 0)
            problem = "Le passage cité ne se trouve pas à cette position / The quoted passage is not at that position.";
        return problem is null && text is not null ? At(text, selector.Section, selector.Start, selector.End) : null;
    }

    /// <summary>
    /// The same passage in another version's sections: the occurrence of the exact text whose context matches best,
    /// nearest the old position on a tie; null when the quoted text no longer exists there.
    /// </summary>
    public static TextSelector? Relocate(IReadOnlyDictionary<string, string> sections, TextSelector selector)
    {
        if (!sections.TryGetValue(selector.Section, out var text))
            return null;
        TextSelector? best = null;
        (int Context, int Distance) bestScore = (-1, int.MaxValue);
        for (var at = text.IndexOf(selector.Exact, StringComparison.Ordinal); at >= 0;
             at = text.IndexOf(selector.Exact, at + 1, StringComparison.Ordinal))
        {
            var candidate = At(text, selector.Section, at, at + selector.Exact.Length);
            var score = (CommonSuffix(candidate.Prefix, selector.Prefix) + CommonPrefix(candidate.Suffix, selector.Suffix), Math.Abs(at - selector.Start));
            if (score.Item1 > bestScore.Context || (score.Item1 == bestScore.Context && score.Item2 < bestScore.Distance))
                (best, bestScore) = (candidate, score);
        }
        return best;
    }

    private static TextSelector At(string text, string section, int start, int end) =>
        new(section, text[start..end],
            text[Math.Max(0, start - ContextLength)..start],
            text[end..Math.Min(text.Length, end + ContextLength)],
            start, end);

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }

    private static int CommonSuffix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[^(n + 1)] == b[^(n + 1)]) n++;
        return n;
    }
}
