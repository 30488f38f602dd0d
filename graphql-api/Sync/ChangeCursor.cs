using System.Globalization;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Relay;

namespace Cooperation.GraphQL.Sync;

/// <summary>Opaque change-feed cursors: a partnership revision, so clients never do arithmetic on them.</summary>
public static class ChangeCursor
{
    private const string Kind = "Changes";

    public static string Encode(long revision) => GlobalId.Encode(Kind, revision.ToString(CultureInfo.InvariantCulture));

    /// <summary>The revision of a cursor; no cursor means "from the beginning".</summary>
    public static long Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
            return 0;
        if (GlobalId.TryDecode(cursor) is (Kind, var key) && long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var revision))
            return revision;
        throw ApiErrors.Validation($"Curseur de synchronisation invalide : « {cursor} ».", $"Invalid sync cursor: '{cursor}'.");
    }
}
