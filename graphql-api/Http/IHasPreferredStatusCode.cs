namespace Cooperation.GraphQL.Http;

/// <summary>
/// Implemented by GraphQL errors that know which HTTP status code the response should carry
/// (for instance 401 or 403 for authorization failures, 405 for a mutation sent by GET).
/// </summary>
/// <remarks>
/// The endpoint uses the highest code among the errors of a result that implement this interface.
/// One exception, imposed by the GraphQL-over-HTTP spec: a result that was executed and is answered as
/// <c>application/graphql-response+json</c> carries a <c>data</c> entry, and such a response MUST be 2xx,
/// so non-2xx preferences are ignored there (they still apply to <c>application/json</c> responses and to
/// results that were not executed).
/// </remarks>
public interface IHasPreferredStatusCode
{
    /// <summary>The HTTP status code this error would like the response to have.</summary>
    int PreferredStatusCode { get; }
}
