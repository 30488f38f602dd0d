using System.Globalization;
using System.Text;
using Cooperation.Grains.Funding;
using Cooperation.Grains.Money;
using Cooperation.Grains.Partnerships;
using Cooperation.GraphQL.Accounts;
using Cooperation.GraphQL.Http;
using Cooperation.GraphQL.Schema.Errors;
using Orleans.Runtime;

namespace Cooperation.GraphQL.Exports.Council;

/// <summary>
/// The council's report of a partnership for a year: <c>GET /exports/{partnership}/council/{year}.pdf</c>, <c>.xlsx</c>
/// or <c>.html</c> (printable), <c>?lang=fr-en</c> for French with English beside it. Bearer-authenticated; read by the
/// partnership's members, the fund's managers and administrators, and a partnership anyone else may not read is
/// answered 404, as if it did not exist. Refusals are <c>{"errors":[{"message":"fr / en","extensions":{"code":…}}]}</c>.
/// </summary>
public static class CouncilEndpoints
{
    private const string Json = "application/json";

    public static string PathOf(string slug, int year, string extension) => $"/exports/{slug}/council/{year}.{extension}";

    public static WebApplication MapCooperationCouncilReports(this WebApplication app)
    {
        app.MapGet("/exports/{partnershipId}/council/{file}", GetAsync);
        return app;
    }

    private static async Task GetAsync(HttpContext context, string partnershipId, string file, IGrainFactory grains)
    {
        var viewer = ViewerMiddleware.Of(context);
        var dot = file.LastIndexOf('.');
        var (yearText, extension) = dot < 0 ? (file, "") : (file[..dot], file[(dot + 1)..]);
        GraphQLRequestError? refusal = null;
        if (!viewer.IsSignedIn)
            refusal = new(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, AccessErrors.Unauthenticated(viewer.Problem).Message);
        else if (extension is not ("pdf" or "xlsx" or "html") || !PartnershipRules.IsValidSlug(partnershipId))
            refusal = new(StatusCodes.Status400BadRequest, ErrorCodes.Validation,
                $"« {file} » ne désigne pas un rapport au conseil (attendu : 2026.pdf, 2026.xlsx ou 2026.html). / "
                + $"'{file}' names no council report (expected: 2026.pdf, 2026.xlsx or 2026.html).");
        else if (yearText.Length != 4 || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < LedgerRules.FirstYear or > LedgerRules.LastYear)
            refusal = new(StatusCodes.Status400BadRequest, ErrorCodes.Validation,
                $"« {yearText} » n'est pas une année (de {LedgerRules.FirstYear} à {LedgerRules.LastYear}). / "
                + $"'{yearText}' is not a year (from {LedgerRules.FirstYear} to {LedgerRules.LastYear}).");
        else if (CouncilLanguage.FromQuery(context.Request.Query["lang"].ToString()) is not { } words)
            refusal = new(StatusCodes.Status400BadRequest, ErrorCodes.Validation,
                "La langue s'écrit « fr » (français) ou « fr-en » (français et anglais). / The language is « fr » (French) or « fr-en » (French and English).");
        else
        {
            try
            {
                if (!await MayReadAsync(grains, partnershipId, viewer.Actor))
                    throw PartnershipErrors.UnknownPartnership(partnershipId);
                var report = await CouncilReportReader.ReadAsync(grains, partnershipId, year);
                var (bytes, type) = extension switch
                {
                    "pdf" => (CouncilPdf.Write(report, words), CouncilPdf.MediaType),
                    "xlsx" => (CouncilWorkbook.Write(report, words), CouncilWorkbook.MediaType),
                    _ => (Encoding.UTF8.GetBytes(CouncilPage.Write(report, words)), CouncilPage.MediaType),
                };
                context.Response.ContentType = type;
                if (extension == "html")
                    context.Response.Headers.ContentSecurityPolicy = CouncilPage.Policy;
                else
                    context.Response.Headers.ContentDisposition = $"attachment; filename=\"{CouncilDocument.FileName(report, extension)}\"";
                // Figures and photos of one partnership: never kept by a shared cache.
                context.Response.Headers.CacheControl = "private, no-store";
                context.Response.ContentLength = bytes.Length;
                await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
                return;
            }
            catch (DomainException e)
            {
                refusal = e.Code switch
                {
                    DomainErrorCode.NotFound or DomainErrorCode.Forbidden => new(StatusCodes.Status404NotFound, ErrorCodes.NotFound,
                        PartnershipErrors.UnknownPartnership(partnershipId).Message),
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

    /// <summary>The partnership's readers and the fund's managers, as for its ledger; anyone else learns nothing.</summary>
    private static async Task<bool> MayReadAsync(IGrainFactory grains, string slug, Actor actor) =>
        (await grains.GetGrain<IPartnershipGrain>(slug).GetAccessAsync(actor, null)).CanRead
        || (await FundRole.OfAsync(grains, actor)).IsManager;
}
