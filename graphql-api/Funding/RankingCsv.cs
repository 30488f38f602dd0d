using System.Globalization;
using System.Text;
using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Funding.Calls;
using Cooperation.Grains.Funding.Reviews;

namespace Cooperation.GraphQL.Funding;

/// <summary>
/// A call's ranking as a CSV file for Excel: RFC 4180 quoting and CRLF line ends, UTF-8 with a byte order mark (so
/// Excel reads the accents), French headers, and the semicolon separator and decimal comma that Excel expects in a
/// French locale (with commas it would put each whole line in one cell).
/// </summary>
public static class RankingCsv
{
    public const char Separator = ';';

    public static readonly string[] Headers =
    [
        "Rang", "Dossier n°", "Partenariat", "Collectivité porteuse", "Projet", "Montant demandé (€)", "Note pondérée (/100)",
        "Évaluations comptées", "État", "Montant accordé (€)", "Motifs de la décision",
    ];

    public static byte[] Write(FundCall call, IReadOnlyList<RankingEntry> ranking)
    {
        var text = new StringBuilder();
        Line(text, Headers);
        foreach (var e in ranking)
            Line(text,
            [
                e.Rank == 0 ? "" : e.Rank.ToString(CultureInfo.InvariantCulture),
                e.Number.ToString(CultureInfo.InvariantCulture),
                e.PartnershipName,
                e.Applicant,
                e.Title,
                Amount(e.RequestedAmount),
                e.Score is { } score ? Amount(score) : "",
                e.CountedReviews.ToString(CultureInfo.InvariantCulture),
                ApplicationStatusNames.French(e.Status),
                e.GrantedAmount is { } granted ? Amount(granted) : "",
                e.DecisionReasons ?? "",
            ]);
        var preamble = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(text.ToString());
        return [.. preamble, .. body];
    }

    /// <summary>The file name offered to the browser, e.g. "classement-fsn-2026.csv".</summary>
    public static string FileName(FundCall call) => $"classement-{call.Code}.csv";

    private static string Amount(decimal value) => value.ToString("0.##", CultureInfo.GetCultureInfo("fr-FR"));

    private static void Line(StringBuilder text, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
                text.Append(Separator);
            text.Append(Field(fields[i]));
        }
        text.Append("\r\n");
    }

    /// <summary>RFC 4180: a field holding the separator, a quote or a line break is quoted, its quotes doubled.</summary>
    public static string Field(string value) =>
        value.IndexOfAny([Separator, '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
