using GraphQL.Types.Relay.DataObjects;

namespace Cooperation.GraphQL.Schema.Relay;

/// <summary>The Relay connection of one page of any list read a page at a time, whatever its cursors name.</summary>
public static class Connections
{
    /// <summary>
    /// The connection of <paramref name="nodes"/>, in the order shown, each with the cursor <paramref name="cursorOf"/>
    /// gives it (from the node and its index in the page), out of <paramref name="totalCount"/>.
    /// </summary>
    public static Connection<T> Of<T>(IReadOnlyList<T> nodes, Func<T, int, string> cursorOf, bool hasNextPage, bool hasPreviousPage, int totalCount)
    {
        var edges = nodes.Select((node, i) => new Edge<T> { Node = node, Cursor = cursorOf(node, i) }).ToList();
        return new Connection<T>
        {
            TotalCount = totalCount,
            Edges = edges,
            PageInfo = new PageInfo
            {
                HasNextPage = hasNextPage,
                HasPreviousPage = edges.Count > 0 && hasPreviousPage,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }
}
