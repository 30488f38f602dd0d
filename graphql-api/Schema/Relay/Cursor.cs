using System.Globalization;

namespace Cooperation.GraphQL.Schema.Relay;

/// <summary>Opaque connection cursors over a position in a stable, append-only list.</summary>
public static class Cursor
{
    private const string Kind = "Position";

    public static string FromPosition(int position) =>
        GlobalId.Encode(Kind, position.ToString(CultureInfo.InvariantCulture));

    /// <summary>Returns the position a cursor points at; a cursor this server did not issue is a client error.</summary>
    public static int ToPosition(string cursor)
    {
        if (GlobalId.TryDecode(cursor) is (Kind, var key) &&
            int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var position))
            return position;
        throw Invalid(cursor);
    }

    /// <summary>The refusal of a cursor this server did not issue, for any kind of page.</summary>
    public static ExecutionError Invalid(string cursor) => ApiErrors.Validation(
        $"Curseur de pagination invalide : « {cursor} ».",
        $"Invalid pagination cursor: '{cursor}'.");
}
