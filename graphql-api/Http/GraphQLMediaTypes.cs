namespace Cooperation.GraphQL.Http;

/// <summary>Media types of the GraphQL-over-HTTP spec.</summary>
public static class GraphQLMediaTypes
{
    /// <summary>The response media type the spec recommends; its status codes carry meaning.</summary>
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>The legacy media type: request bodies, and responses for clients that accept nothing else.</summary>
    public const string Json = "application/json";
}
