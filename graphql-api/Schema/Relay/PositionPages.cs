using GraphQL.Builders;
using GraphQL.Types.Relay.DataObjects;

namespace Cooperation.GraphQL.Schema.Relay;

/// <summary>
/// Connections over a list that only grows, read newest first: <c>first</c> (1 to 100) and an opaque <c>after</c>
/// that names a position, which keeps its place while lines are added.
/// </summary>
public static class PositionPages
{
    /// <summary>Adds the <c>first</c> and <c>after</c> arguments, worded for <paramref name="lines"/> (« lignes », « étapes »…).</summary>
    public static FieldBuilder<TSource, TReturn> PageArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string linesFr, string linesEn) =>
        field
            .Argument<IntGraphType>("first", $"Nombre de {linesFr} (1 à {HistoryPageRequest.MaxFirst}). / How many {linesEn} (1 to {HistoryPageRequest.MaxFirst}).",
                a => a.DefaultValue = HistoryPageRequest.DefaultFirst)
            .Argument<StringGraphType>("after", "Curseur du dernier élément déjà lu : la page suit, plus ancienne. / Cursor of the last one read: the page after it, older.");

    /// <summary>The page the field's arguments ask for; a cursor this server did not give is VALIDATION.</summary>
    public static HistoryPageRequest Request(IResolveFieldContext c)
    {
        var after = c.GetArgument<string?>("after");
        return new HistoryPageRequest(c.GetArgument("first", HistoryPageRequest.DefaultFirst), after is null ? null : Cursor.ToPosition(after));
    }

    /// <summary>
    /// The connection of a page: <paramref name="newestFirst"/> starts at <paramref name="newestPosition"/>, the next
    /// ones one below another, out of <paramref name="totalCount"/>.
    /// </summary>
    public static Connection<T> Connection<T>(IReadOnlyList<T> newestFirst, long newestPosition, bool hasMore, long totalCount) =>
        Connections.Of(newestFirst, (_, i) => Cursor.FromPosition(checked((int)(newestPosition - i))),
            hasMore, newestPosition < totalCount - 1, checked((int)totalCount));
}
