using System.Globalization;
using Humanizer;

namespace Cooperation.GraphQL.Schema.Words;

/// <summary>Relative dates as people say them, French first: « il y a 3 jours / 3 days ago ».</summary>
public static class Ago
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static string Of(DateTimeOffset when, TimeProvider time)
    {
        var now = time.GetUtcNow();
        return $"{when.Humanize(now, French)} / {when.Humanize(now, English)}";
    }
}
