using System.Collections.Concurrent;
using System.Globalization;
using Humanizer;

namespace Cooperation.GraphQL.Schema.Words;

/// <summary>Relative dates as people say them, French first: « il y a 3 jours / 3 days ago ».</summary>
public static class Ago
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    // Humanizer walks its rules at each call, and a screen of milestones asks for the same words many times a second.
    // The words are said from the end of the clock's current second (never before the real now, so a date just past
    // stays past), so within that second they depend on the date alone and are kept until the next one begins:
    // bounded by the dates read in one second.
    private static Said _said = new(long.MinValue);

    public static string Of(DateTimeOffset when, TimeProvider time)
    {
        var second = time.GetUtcNow().ToUnixTimeSeconds();
        var said = Volatile.Read(ref _said);
        if (said.Second != second)
        {
            said = new Said(second);
            Volatile.Write(ref _said, said);
        }
        return said.Words.GetOrAdd(when, static (date, now) =>
            $"{date.Humanize(now, French)} / {date.Humanize(now, English)}", DateTimeOffset.FromUnixTimeSeconds(second + 1));
    }

    private sealed class Said(long second)
    {
        public long Second { get; } = second;
        public ConcurrentDictionary<DateTimeOffset, string> Words { get; } = new();
    }
}
