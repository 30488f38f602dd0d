using System.Collections.Concurrent;
using System.Globalization;
using Humanizer;

namespace Cooperation.GraphQL.Schema.Words;

/// <summary>A thing people count, with what French grammar needs to agree with it.</summary>
/// <param name="French">The French noun in the singular (« ordinateur », « borne Wi-Fi »).</param>
/// <param name="FrenchPlural">Its plural (« ordinateurs », « bornes Wi-Fi »).</param>
/// <param name="Feminine">Whether French adjectives take the feminine (« imprimante manquante »).</param>
/// <param name="English">The English noun in the singular; Humanizer pluralizes it.</param>
public sealed record Noun(string French, string FrenchPlural, bool Feminine, string English);

/// <summary>An adjective that follows a counted noun (« manquant », « missing »).</summary>
/// <param name="French">Masculine singular; the feminine adds « e » and the plural « s », as every adjective used here does.</param>
public sealed record Adjective(string French, string English);

/// <summary>Counts as people say them, French first: « 2 ordinateurs manquants / 2 missing computers ».</summary>
/// <remarks>
/// Humanizer writes the English side (<c>ToQuantity</c> pluralizes and places the number). Its inflector knows only
/// English vocabulary, so the French side is written here: the noun's plural is given, adjectives agree in gender and
/// number, and 0 and 1 take the singular, as French grammar wants (« 0 ordinateur manquant », « 1,5 » aside).
/// </remarks>
public static class Quantity
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    // Humanizer's inflector runs its rule lists on every call, and a shipment's summary counts several things on
    // every read: each phrase is inflected once. The phrases are this code's own nouns and adjectives, so few.
    private static readonly ConcurrentDictionary<string, (string One, string Many)> EnglishForms = new(StringComparer.Ordinal);

    /// <summary>« 2 ordinateurs manquants / 2 missing computers ».</summary>
    public static string Of(int count, Noun noun, Adjective? adjective = null) => $"{InFrench(count, noun, adjective)} / {InEnglish(count, noun, adjective)}";

    public static string InFrench(int count, Noun noun, Adjective? adjective = null)
    {
        var plural = Math.Abs(count) >= 2;
        var words = plural ? noun.FrenchPlural : noun.French;
        if (adjective is not null)
            words += " " + adjective.French + (noun.Feminine ? "e" : "") + (plural ? "s" : "");
        return $"{count.ToString(CultureInfo.InvariantCulture)} {words}";
    }

    public static string InEnglish(int count, Noun noun, Adjective? adjective = null)
    {
        // As "missing computer".ToQuantity(2) gives "2 missing computers": Humanizer inflects the last word.
        var words = adjective is null ? noun.English : $"{adjective.English} {noun.English}";
        var (one, many) = EnglishForms.GetOrAdd(words, static w => (w.Singularize(inputIsKnownToBePlural: false), w.Pluralize(inputIsKnownToBeSingular: false)));
        return $"{count.ToString("0", English)} {(count == 1 ? one : many)}";
    }
}
