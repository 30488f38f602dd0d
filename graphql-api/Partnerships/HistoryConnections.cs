using Cooperation.GraphQL.Schema.Relay;
using GraphQL.Builders;

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
            .PageArguments("lignes", "lines")
            .ResolveAsync(async c => await read(c, PositionPages.Request(c)) is { } page
                ? PositionPages.Connection(page.Entries, page.NewestPosition, page.HasMore, page.TotalCount)
                : null);
}
