using GraphQL;

namespace Cooperation.GraphQL.Http;

/// <summary>
/// Per-endpoint settings of the GraphQL-over-HTTP endpoint mapped by
/// <see cref="GraphQLEndpointExtensions.MapCooperationGraphQL"/>.
/// </summary>
public sealed class GraphQLEndpointOptions
{
    /// <summary>Default value of <see cref="MaxRequestBodyBytes"/>: 64 KB.</summary>
    public const int DefaultMaxRequestBodyBytes = 64 * 1024;

    /// <summary>
    /// Builds <see cref="ExecutionOptions.UserContext"/> for a request (tenant, grain-client wrappers, …).
    /// When <see langword="null"/>, GraphQL.NET's default empty dictionary is kept.
    /// </summary>
    public Func<HttpContext, IDictionary<string, object?>>? BuildUserContext { get; set; }

    /// <summary>
    /// Last hook before execution, e.g. to set <see cref="ExecutionOptions.Timeout"/> or add listeners for
    /// this endpoint only. Runs after the transport has filled in the request fields and before the
    /// <c>ConfigureExecutionOptions</c> delegates registered on the GraphQL builder.
    /// </summary>
    public Action<HttpContext, ExecutionOptions>? ConfigureExecution { get; set; }

    /// <summary>
    /// Largest accepted POST body in bytes; larger bodies get 413. Kestrel's own 30 MB default is far
    /// above what a GraphQL document with variables needs, and a parsed JSON body costs several times
    /// its size in memory, so the endpoint enforces a tighter limit itself.
    /// </summary>
    public int MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;
}
