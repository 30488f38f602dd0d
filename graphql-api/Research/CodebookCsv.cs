using System.Globalization;
using Cooperation.Grains.Research;
using Cooperation.GraphQL.Exports;

namespace Cooperation.GraphQL.Research;

/// <summary>
/// A partnership's codebook as a CSV file for Excel in a French locale (<see cref="CsvFile"/>: semicolons, BOM), French
/// headers: one row per coded passage — its tags, the passage quoted, the comment, the document and its version, who
/// coded it and her team, the day. Every text cell goes through <see cref="CsvCell.Text"/>; a passage is the report's own
/// words, and may start with « - » as a list does.
/// </summary>
public static class CodebookCsv
{
    public static readonly string[] Headers =
    [
        "Étiquettes", "Passage", "Commentaire", "Document", "Version", "Section", "Auteur", "Équipe", "Date",
    ];

    public static byte[] Write(IEnumerable<CorpusPassage> passages) =>
        CsvFile.Write([
            [.. Headers.Select(CsvCell.Text)],
            .. passages.Select(p => (IReadOnlyList<CsvCell>)
            [
                string.Join(", ", p.Annotation!.Tags),
                p.Annotation.Selector?.Exact,
                p.Annotation.Text,
                p.DocumentTitle,
                CsvCell.Number(p.Version),
                p.Section,
                p.Annotation.Creator.DisplayName,
                p.Annotation.Team,
                // A French Excel reads an ISO day as a date, whatever its own format.
                p.Date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ]),
        ]);

    /// <summary>The file name offered to the browser, e.g. "codebook-sig-guediawaye.csv".</summary>
    public static string FileName(string slug) => $"codebook-{slug}.csv";
}
