using Cooperation.GraphQL.Schema.Relay;
using GraphQL.Builders;
using GraphQL.Types.Relay.DataObjects;

namespace Cooperation.GraphQL.Partnerships;

/// <summary>The <c>history(first, after)</c> field of any type whose grain reads its history a page at a time.</summary>
public static class HistoryConnections
{
    /// <summary>Adds a paginated <c>history</c> field to <paramref name="type"/>; <paramref name="read"/> asks the grain for a page.</summary>
    public static FieldBuilder<TSource, object> AddHistoryField<TSource>(
        this ObjectGraphType<TSource> type, Func<IResolveFieldContext<TSource>, HistoryPageRequest, Task<HistoryPage>> read) =>
        type.AddHistoryField<TSource, NonNullGraphType<HistoryConnectionType>>(async (c, request) => await read(c, request));

    /// <summary>
    /// Adds a paginated <c>history</c> field that is null for a reader who may read the rest of the object but none of
    /// its history: <paramref name="read"/> answers null for them without asking the grain.
    /// </summary>
    public static FieldBuilder<TSource, object> AddNullableHistoryField<TSource>(
        this ObjectGraphType<TSource> type, Func<IResolveFieldContext<TSource>, HistoryPageRequest, Task<HistoryPage?>> read) =>
        type.AddHistoryField<TSource, HistoryConnectionType>(read);

    private static FieldBuilder<TSource, object> AddHistoryField<TSource, TConnection>(
        this ObjectGraphType<TSource> type, Func<IResolveFieldContext<TSource>, HistoryPageRequest, Task<HistoryPage?>> read)
        where TConnection : IGraphType =>
        type.Field<TConnection>("history")
            .Description($"Historique de chaque changement, du plus récent au plus ancien, par pages (au plus {HistoryPageRequest.MaxFirst} lignes). / Every change, newest first, a page at a time (at most {HistoryPageRequest.MaxFirst} lines).")
            .Argument<IntGraphType>("first", "Nombre de lignes (1 à 100). / How many lines (1 to 100).", a => a.DefaultValue = HistoryPageRequest.DefaultFirst)
            .Argument<StringGraphType>("after", "Curseur de la dernière ligne déjà lue : la page suit, plus ancienne. / Cursor of the last line read: the page after it, older.")
            .ResolveAsync(async c =>
            {
                var after = c.GetArgument<string?>("after");
                var request = new HistoryPageRequest(
                    c.GetArgument("first", HistoryPageRequest.DefaultFirst), after is null ? null : Cursor.ToPosition(after));
                return await read(c, request) is { } page ? ToConnection(page) : null;
            });

    private static Connection<HistoryEntry> ToConnection(HistoryPage page)
    {
        var edges = page.Entries
            .Select((entry, i) => new Edge<HistoryEntry> { Node = entry, Cursor = Cursor.FromPosition(checked((int)page.PositionOf(i))) })
            .ToList();
        return new Connection<HistoryEntry>
        {
            TotalCount = checked((int)page.TotalCount),
            Edges = edges,
            PageInfo = new PageInfo
            {
                HasNextPage = page.HasMore,
                HasPreviousPage = edges.Count > 0 && page.NewestPosition < page.TotalCount - 1,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }
}
