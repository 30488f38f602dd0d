using GraphQL;

namespace Cooperation.GraphQL.Http;

/// <summary>HTTP status of a GraphQL result, per the GraphQL-over-HTTP spec.</summary>
internal static class GraphQLStatusCodes
{
    /// <summary>
    /// Executed results are 200 (partial data with field errors included). Results that were not executed
    /// (document parse or validation failure, variable coercion failure…) have no <c>data</c> entry: 400
    /// with <c>application/graphql-response+json</c>, but 200 with <c>application/json</c>, because legacy
    /// clients only read the body of a 200. Errors implementing <see cref="IHasPreferredStatusCode"/>
    /// override this with the highest code they ask for.
    /// </summary>
    public static int For(ExecutionResult result, string mediaType)
    {
        var isGraphQLResponse = mediaType == GraphQLMediaTypes.GraphQLResponseJson;
        var status = result.Executed || !isGraphQLResponse
            ? StatusCodes.Status200OK
            : StatusCodes.Status400BadRequest;

        var preferred = 0;
        if (result.Errors is { Count: > 0 } errors)
        {
            foreach (var error in errors)
            {
                if (error is IHasPreferredStatusCode withStatus)
                {
                    preferred = Math.Max(preferred, withStatus.PreferredStatusCode);
                }
            }
        }

        if (preferred == 0)
        {
            return status;
        }

        // An executed result carries a "data" entry, and the spec says a graphql-response+json answer
        // with data MUST be 2xx: keep 200 rather than a 401/403 raised by a resolver.
        if (result.Executed && isGraphQLResponse && preferred is < 200 or > 299 && HasData(result))
        {
            return status;
        }

        return preferred;
    }

    // A refused mutation whose non-null payload took "data" down to null has no data: the spec then lets the
    // status say what happened (401, 403) rather than a 200 with nothing in it.
    private static bool HasData(ExecutionResult result) =>
        result.Data is not null && (result.Data is not global::GraphQL.Execution.ExecutionNode node || node.ToValue() is not null);
}
