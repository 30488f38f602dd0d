using System.Text;

namespace Cooperation.GraphQL.Exports;

/// <summary>
/// Writes the CSV files the API exports, all through <see cref="CsvCell"/>: UTF-8 with a byte order mark (so that Excel
/// reads the accents), cells separated by <see cref="CsvCell.Separator"/>, CRLF line ends (RFC 4180).
/// </summary>
public static class CsvFile
{
    /// <summary>What a CSV is sent as: UTF-8, its first line the column names.</summary>
    public const string MediaType = "text/csv; charset=utf-8; header=present";

    public static byte[] Write(IEnumerable<IReadOnlyList<CsvCell>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Count; i++)
            {
                if (i > 0)
                    text.Append(CsvCell.Separator);
                text.Append(row[i].Field);
            }
            text.Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
