using Cooperation.Grains.Funding;
using Cooperation.Grains.Funding.Calls;
using Cooperation.GraphQL.Exports;

namespace Cooperation.GraphQL.Funding;

/// <summary>
/// The ranking of a call as a CSV download, outside GraphQL: <c>GET /funds/calls/{callId}/ranking.csv</c> with the
/// bearer token, fund managers (and administrators) only. Refusals are <c>{"errors":[{"message":"fr / en",
/// "extensions":{"code":…}}]}</c> with a 4xx status, as for uploads.
/// </summary>
public static class FundEndpoints
{
    public static string RankingCsvPath(string callCode) => $"/funds/calls/{callCode}/ranking.csv";

    public static WebApplication MapCooperationFunds(this WebApplication app)
    {
        app.MapGet("/funds/calls/{callId}/ranking.csv", GetRankingCsvAsync);
        return app;
    }

    private static Task GetRankingCsvAsync(HttpContext context, string callId, IGrainFactory grains) =>
        FileDownload.WriteAsync(context, async viewer =>
        {
            if (!FundCallRules.IsValidCode(callId))
                throw new DomainException(DomainErrorCode.Validation,
                    $"« {callId} » n'est pas un code d'appel à projets.", $"'{callId}' is not a call for projects code.");
            var grain = grains.GetGrain<IFundCallGrain>(callId);
            // The ranking is asked first: a person who is not a manager learns nothing, not even whether the call exists.
            var ranking = await grain.GetRankingAsync(viewer.Actor);
            var call = await grain.FindAsync() ?? throw FundErrors.UnknownCall(callId);
            return new DownloadFile(RankingCsv.FileName(call), CsvFile.MediaType, RankingCsv.Write(call, ranking));
        });
}
