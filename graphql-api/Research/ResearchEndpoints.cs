using System.Globalization;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Research;
using Cooperation.GraphQL.Exports;

namespace Cooperation.GraphQL.Research;

/// <summary>
/// A partnership's codebook as a CSV download, outside GraphQL: <c>GET /exports/{partnership}/codebook.csv</c> with the
/// bearer token, and optionally <c>?tag=…&amp;team=…&amp;from=2026-01-01&amp;to=2026-12-31</c>. It holds only what the
/// reader may read now; refusals are <c>{"errors":[{"message":"fr / en","extensions":{"code":…}}]}</c> with a 4xx status.
/// </summary>
public static class ResearchEndpoints
{
    public static string CodebookPath(string slug) => $"/exports/{slug}/codebook.csv";

    public static WebApplication MapCooperationResearch(this WebApplication app)
    {
        app.MapGet("/exports/{partnershipId}/codebook.csv", GetCodebookAsync);
        return app;
    }

    private static Task GetCodebookAsync(HttpContext context, string partnershipId, IGrainFactory grains) =>
        FileDownload.WriteAsync(context, async viewer =>
        {
            if (!PartnershipRules.IsValidSlug(partnershipId))
                throw CorpusErrors.Invalid(
                    $"« {partnershipId} » n'est pas un identifiant de partenariat.", $"'{partnershipId}' is not a partnership id.");
            var query = context.Request.Query;
            var filter = new CodebookFilter(NonEmpty(query["tag"]), NonEmpty(query["team"]), Day(query["from"], "from"), Day(query["to"], "to"));
            var codebook = await grains.GetGrain<ICorpusGrain>(partnershipId).CodebookAsync(viewer.Actor, filter);
            return new DownloadFile(CodebookCsv.FileName(partnershipId), CsvFile.MediaType, CodebookCsv.Write(codebook));
        });

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Day(string? value, string name) =>
        NonEmpty(value) is not { } text ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw CorpusErrors.Invalid($"« {name} » attend une date AAAA-MM-JJ (« {text} »).", $"'{name}' expects a YYYY-MM-DD date ('{text}').");
}
