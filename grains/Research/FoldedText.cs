using System.Globalization;
using System.Text;

namespace Cooperation.Grains.Research;

/// <summary>
/// A text as the search compares it: lower case, without accents, ligatures spelled out (« École » reads « ecole »,
/// « cœur » reads « coeur »), each of its characters remembering where it came from so that a match found here is
/// marked on the original text.
/// </summary>
public sealed class FoldedText
{
    private readonly int[] _origins;

    private FoldedText(string original, string folded, int[] origins) => (Original, Folded, _origins) = (original, folded, origins);

    public string Original { get; }

    public string Folded { get; }

    public static FoldedText Of(string text)
    {
        var folded = new StringBuilder(text.Length);
        var origins = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            foreach (var c in FoldChar(text[i]))
            {
                folded.Append(c);
                origins.Add(i);
            }
        }
        return new FoldedText(text, folded.ToString(), [.. origins]);
    }

    /// <summary>The folded form alone, for a query.</summary>
    public static string Fold(string text) => Of(text).Folded;

    /// <summary>Where a run of folded characters sits in the original text: its first character and the one after its last.</summary>
    public (int Start, int End) OriginalRange(int foldedStart, int foldedLength) =>
        (_origins[foldedStart], _origins[foldedStart + foldedLength - 1] + 1);

    /// <summary>The words of a folded text: runs of letters and digits.</summary>
    public static IEnumerable<string> Words(string folded)
    {
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                yield return folded[start..i];
                start = -1;
            }
        }
    }

    /// <summary>
    /// Where <paramref name="word"/> starts a word of the folded text (« ecole » finds « écoles » but not « décolé »),
    /// in order.
    /// </summary>
    public IEnumerable<int> WordStarts(string word)
    {
        for (var at = Folded.IndexOf(word, StringComparison.Ordinal); at >= 0; at = Folded.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsLetterOrDigit(Folded[at - 1]))
                yield return at;
        }
    }

    // French first: the ligatures are two letters to whoever types them; accents and cedillas are marks the canonical
    // decomposition sets apart from their letter.
    private static string FoldChar(char c) => c switch
    {
        < '\u0080' => char.ToLowerInvariant(c).ToString(),
        'œ' or 'Œ' => "oe",
        'æ' or 'Æ' => "ae",
        'ß' => "ss",
        '’' or 'ʼ' => "'",
        _ => StripMarks(c.ToString().Normalize(NormalizationForm.FormD)),
    };

    private static string StripMarks(string decomposed)
    {
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                kept.Append(char.ToLowerInvariant(c));
        }
        return kept.ToString();
    }
}
