using System.Globalization;
using System.Text;
using Cooperation.Grains.Money;
using Cooperation.Grains.Partnerships;

namespace Cooperation.GraphQL.Exports.Council;

/// <summary>
/// The council's report of a partnership for a year: <c>GET /exports/{partnership}/council/{year}.pdf</c>, <c>.xlsx</c>
/// or <c>.html</c> (printable), <c>?lang=fr-en</c> for French with English beside it. Bearer-authenticated; read by the
/// partnership's members, the fund's managers and administrators, and a partnership anyone else may not read is
/// answered 404, as if it did not exist. Refusals are <c>{"errors":[{"message":"fr / en","extensions":{"code":…}}]}</c>.
/// </summary>
public static class CouncilEndpoints
{
    public static string PathOf(string slug, int year, string extension) => $"/exports/{slug}/council/{year}.{extension}";

    public static WebApplication MapCooperationCouncilReports(this WebApplication app)
    {
        app.MapGet("/exports/{partnershipId}/council/{file}", GetAsync);
        return app;
    }

    private static Task GetAsync(HttpContext context, string partnershipId, string file, IGrainFactory grains) =>
        FileDownload.WriteAsync(context, async viewer =>
        {
            var dot = file.LastIndexOf('.');
            var (yearText, extension) = dot < 0 ? (file, "") : (file[..dot], file[(dot + 1)..]);
            if (extension is not ("pdf" or "xlsx" or "html") || !PartnershipRules.IsValidSlug(partnershipId))
                throw Invalid($"« {file} » ne désigne pas un rapport au conseil (attendu : 2026.pdf, 2026.xlsx ou 2026.html).",
                    $"'{file}' names no council report (expected: 2026.pdf, 2026.xlsx or 2026.html).");
            if (yearText.Length != 4 || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                || year is < LedgerRules.FirstYear or > LedgerRules.LastYear)
                throw Invalid($"« {yearText} » n'est pas une année (de {LedgerRules.FirstYear} à {LedgerRules.LastYear}).",
                    $"'{yearText}' is not a year (from {LedgerRules.FirstYear} to {LedgerRules.LastYear}).");
            if (CouncilLanguage.FromQuery(context.Request.Query["lang"].ToString()) is not { } words)
                throw Invalid("La langue s'écrit « fr » (français) ou « fr-en » (français et anglais).", "The language is « fr » (French) or « fr-en » (French and English).");
            // The partnership's readers and the fund's managers; the report is then read whole, on the platform's behalf.
            if (ExportReaders.Of(viewer, partnershipId) is null)
                throw PartnershipErrors.UnknownPartnership(partnershipId);
            var report = await CouncilReportReader.ReadAsync(grains, partnershipId, year);
            var name = CouncilDocument.FileName(report, extension);
            return extension switch
            {
                "pdf" => new DownloadFile(name, CouncilPdf.MediaType, CouncilPdf.Write(report, words)),
                "xlsx" => new DownloadFile(name, CouncilWorkbook.MediaType, CouncilWorkbook.Write(report, words)),
                _ => new DownloadFile(name, CouncilPage.MediaType, Encoding.UTF8.GetBytes(CouncilPage.Write(report, words)), Inline: true, CouncilPage.Policy),
            };
        }, outsiders: PartnershipErrors.UnknownPartnership(partnershipId).Message);

    private static DomainException Invalid(string french, string english) => new(DomainErrorCode.Validation, french, english);
}
