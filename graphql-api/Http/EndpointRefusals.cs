using Cooperation.GraphQL.Accounts;
using Cooperation.GraphQL.Schema.Errors;
using Orleans.Runtime;

namespace Cooperation.GraphQL.Http;

/// <summary>
/// How the endpoints outside GraphQL (uploads and pieces, downloads and exports) refuse: with the codes GraphQL's
/// errors carry (<c>GrainErrors</c>) and the HTTP status that fits each, as
/// <c>{"errors":[{"message":"fr / en","extensions":{"code":…}}]}</c>.
/// </summary>
internal static class EndpointRefusals
{
    /// <summary>The media type of every refusal.</summary>
    public const string MediaType = GraphQLMediaTypes.Json;

    private static readonly GraphQLRequestError Unavailable = new(StatusCodes.Status503ServiceUnavailable, ErrorCodes.Unavailable,
        "Le service est momentanément indisponible ; rien n'a changé, réessayez. / The service is briefly unavailable; nothing changed, try again.");

    /// <summary>No valid token: 401, with why (none, expired, ended).</summary>
    public static GraphQLRequestError SignedOut(Viewer viewer) =>
        new(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, AccessErrors.Unauthenticated(viewer.Problem).Message);

    /// <summary>An address or a parameter that names nothing valid: 400.</summary>
    public static GraphQLRequestError Invalid(string message) => new(StatusCodes.Status400BadRequest, ErrorCodes.Validation, message);

    /// <summary>Nothing there for this reader: 404.</summary>
    public static GraphQLRequestError NotFound(string message) => new(StatusCodes.Status404NotFound, ErrorCodes.NotFound, message);

    /// <summary>A grain's refusal, with the status of its code.</summary>
    public static GraphQLRequestError Of(DomainException e) => e.Code switch
    {
        DomainErrorCode.NotFound => NotFound(e.Message),
        DomainErrorCode.Forbidden => new(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, e.Message),
        DomainErrorCode.Conflict => new(StatusCodes.Status409Conflict, ErrorCodes.Conflict, e.Message),
        _ => Invalid(e.Message),
    };

    /// <summary>
    /// Runs <paramref name="action"/>: its own refusal, or null when it answered; a grain's refusal, or a silo out of
    /// reach (503, to try again), when it failed.
    /// </summary>
    public static async Task<GraphQLRequestError?> OfAsync(Func<Task<GraphQLRequestError?>> action)
    {
        try
        {
            return await action();
        }
        catch (DomainException e)
        {
            return Of(e);
        }
        catch (Exception e) when (e is SiloUnavailableException or OrleansMessageRejectionException or TimeoutException)
        {
            return Unavailable;
        }
    }
}
