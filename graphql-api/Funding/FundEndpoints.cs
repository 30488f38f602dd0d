using Cooperation.Grains.Funding;
using Cooperation.Grains.Funding.Calls;
using Cooperation.GraphQL.Accounts;
using Cooperation.GraphQL.Http;
using Cooperation.GraphQL.Schema.Errors;
using Orleans.Runtime;

namespace Cooperation.GraphQL.Funding;

/// <summary>
/// The ranking of a call as a CSV download, outside GraphQL: <c>GET /funds/calls/{callId}/ranking.csv</c> with the
/// bearer token, fund managers (and administrators) only. Refusals are <c>{"errors":[{"message":"fr / en",
/// "extensions":{"code":…}}]}</c> with a 4xx status, as for uploads.
/// </summary>
public static class FundEndpoints
{
    private const string Json = "application/json";

    public static string RankingCsvPath(string callCode) => $"/funds/calls/{callCode}/ranking.csv";

    public static WebApplication MapCooperationFunds(this WebApplication app)
    {
        app.MapGet("/funds/calls/{callId}/ranking.csv", GetRankingCsvAsync);
        return app;
    }

    private static async Task GetRankingCsvAsync(HttpContext context, string callId, IGrainFactory grains)
    {
        var viewer = ViewerMiddleware.Of(context);
        GraphQLRequestError? refusal = null;
        if (!viewer.IsSignedIn)
            refusal = new(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, AccessErrors.Unauthenticated(viewer.Problem).Message);
        else if (!FundCallRules.IsValidCode(callId))
            refusal = new(StatusCodes.Status400BadRequest, ErrorCodes.Validation,
                $"« {callId} » n'est pas un code d'appel à projets. / '{callId}' is not a call for projects code.");
        else
        {
            try
            {
                var grain = grains.GetGrain<IFundCallGrain>(callId);
                // The ranking is asked first: a person who is not a manager learns nothing, not even whether the call exists.
                var ranking = await grain.GetRankingAsync(viewer.Actor);
                var call = await grain.FindAsync() ?? throw FundErrors.UnknownCall(callId);
                var bytes = RankingCsv.Write(call, ranking);
                context.Response.ContentType = "text/csv; charset=utf-8; header=present";
                context.Response.Headers.ContentDisposition = $"attachment; filename=\"{RankingCsv.FileName(call)}\"";
                // Decisions and scores: never kept by a shared cache.
                context.Response.Headers.CacheControl = "private, no-store";
                context.Response.ContentLength = bytes.Length;
                await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
                return;
            }
            catch (DomainException e)
            {
                refusal = e.Code switch
                {
                    DomainErrorCode.NotFound => new(StatusCodes.Status404NotFound, ErrorCodes.NotFound, e.Message),
                    DomainErrorCode.Forbidden => new(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, e.Message),
                    DomainErrorCode.Conflict => new(StatusCodes.Status409Conflict, ErrorCodes.Conflict, e.Message),
                    _ => new(StatusCodes.Status400BadRequest, ErrorCodes.Validation, e.Message),
                };
            }
            catch (Exception e) when (e is SiloUnavailableException or OrleansMessageRejectionException or TimeoutException)
            {
                refusal = new(StatusCodes.Status503ServiceUnavailable, ErrorCodes.Unavailable,
                    "Le service est momentanément indisponible ; réessayez. / The service is briefly unavailable; try again.");
            }
        }
        await refusal.WriteAsync(context, Json);
    }
}
