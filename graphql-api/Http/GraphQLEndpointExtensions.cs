namespace Cooperation.GraphQL.Http;

/// <summary>Maps the GraphQL-over-HTTP endpoint.</summary>
public static class GraphQLEndpointExtensions
{
    /// <summary>
    /// Maps the GraphQL endpoint at <paramref name="pattern"/>: GET (queries only) and POST
    /// (<c>application/json</c>); any other method gets 405 with <c>Allow: GET, POST</c>.
    /// Needs <c>services.AddGraphQL(b =&gt; b.AddSchema&lt;TSchema&gt;().AddSystemTextJson())</c>, which
    /// registers <c>IDocumentExecuter&lt;ISchema&gt;</c> and <c>IGraphQLSerializer</c>.
    /// </summary>
    /// <param name="endpoints">The application or a route group.</param>
    /// <param name="pattern">Route pattern, <c>/graphql</c> by default.</param>
    /// <param name="configure">Optional endpoint settings (user context, body size limit…).</param>
    /// <returns>The endpoint's convention builder, to chain <c>RequireCors</c>, <c>RequireRateLimiting</c>…</returns>
    public static IEndpointConventionBuilder MapCooperationGraphQL(
        this IEndpointRouteBuilder endpoints,
        string pattern = "/graphql",
        Action<GraphQLEndpointOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        var options = new GraphQLEndpointOptions();
        configure?.Invoke(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxRequestBodyBytes);

        var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>()
            .CreateLogger("Cooperation.GraphQL.Http.GraphQLEndpoint");
        var endpoint = new GraphQLEndpoint(options, logger);

        // Mapped for every method rather than MapMethods("GET","POST"): routing's own 405 has no body and
        // no Allow header, and a CORS preflight (OPTIONS) must still reach the CORS middleware's endpoint
        // match when a policy is configured.
        return endpoints.Map(pattern, endpoint.HandleAsync)
            .WithDisplayName("GraphQL " + pattern);
    }
}
