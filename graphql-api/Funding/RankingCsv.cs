using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Funding.Calls;
using Cooperation.Grains.Funding.Reviews;
using Cooperation.GraphQL.Exports;

namespace Cooperation.GraphQL.Funding;

/// <summary>
/// A call's ranking as a CSV file for Excel in a French locale (<see cref="CsvFile"/>: semicolons, decimal comma, BOM),
/// French headers. Every text cell goes through <see cref="CsvCell.Text"/>, so a title such as <c>=2+3*7</c> arrives as
/// text; ranks, numbers, amounts and scores are numbers the exporter writes itself.
/// </summary>
public static class RankingCsv
{
    public static readonly string[] Headers =
    [
        "Rang", "Dossier n°", "Partenariat", "Collectivité porteuse", "Projet", "Montant demandé (€)", "Note pondérée (/100)",
        "Évaluations comptées", "État", "Montant accordé (€)", "Motifs de la décision",
    ];

    public static byte[] Write(FundCall call, IReadOnlyList<RankingEntry> ranking) =>
        CsvFile.Write([
            [.. Headers.Select(CsvCell.Text)],
            .. ranking.Select(e => (IReadOnlyList<CsvCell>)
            [
                e.Rank == 0 ? CsvCell.Empty : CsvCell.Number(e.Rank),
                CsvCell.Number(e.Number),
                e.PartnershipName,
                e.Applicant,
                e.Title,
                CsvCell.Number(e.RequestedAmount),
                CsvCell.Number(e.Score),
                CsvCell.Number(e.CountedReviews),
                ApplicationStatusNames.French(e.Status),
                CsvCell.Number(e.GrantedAmount),
                e.DecisionReasons,
            ]),
        ]);

    /// <summary>The file name offered to the browser, e.g. "classement-fsn-2026.csv".</summary>
    public static string FileName(FundCall call) => $"classement-{call.Code}.csv";
}
