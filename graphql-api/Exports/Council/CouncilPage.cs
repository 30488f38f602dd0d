using System.Text;

namespace Cooperation.GraphQL.Exports.Council;

/// <summary>
/// The council's report as a printable web page (A4 print styles): the same blocks as the PDF, for a reader who wants
/// to print from the browser or copy a table into her own annex. Photos are inlined, so the page needs no second request
/// with the token.
/// </summary>
public static class CouncilPage
{
    public const string MediaType = "text/html; charset=utf-8";

    /// <summary>No script at all; its own styles and inlined photos only; never framed.</summary>
    public const string Policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private const string Style = """
        @page { size: A4; margin: 18mm; }
        body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #111; max-width: 180mm; margin: 1em auto; }
        h1 { font-size: 18pt; margin-bottom: .2em; }
        p.sub { font-size: 12pt; font-weight: bold; margin: .1em 0; }
        h2 { font-size: 13pt; margin-top: 1.2em; break-after: avoid; }
        table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; }
        th, td { border: 1px solid #bbb; padding: 3px 4px; text-align: left; vertical-align: top; }
        th { background: #f2f2f2; }
        tr { break-inside: avoid; }
        figure { margin: 1em 0; break-inside: avoid; }
        img { max-width: 100%; max-height: 120mm; }
        """;

    public static string Write(CouncilReport report, CouncilLanguage words)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(CouncilDocument.Title(report, words))).Append("</title><style>").Append(Style).Append("</style></head><body>");
        foreach (var block in CouncilDocument.Compose(report, words))
        {
            switch (block)
            {
                case CouncilTitle title:
                    html.Append("<h1>").Append(E(title.Text)).Append("</h1>");
                    foreach (var line in title.Lines)
                        html.Append("<p class=\"sub\">").Append(E(line)).Append("</p>");
                    break;
                case CouncilHeading heading:
                    html.Append("<h2>").Append(E(heading.Text)).Append("</h2>");
                    break;
                case CouncilParagraph paragraph:
                    html.Append("<p>").Append(E(paragraph.Text).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
                    break;
                case CouncilTable table:
                    html.Append("<table><thead><tr>");
                    foreach (var header in table.Headers)
                        html.Append("<th scope=\"col\">").Append(E(header)).Append("</th>");
                    html.Append("</tr></thead><tbody>");
                    foreach (var row in table.Rows)
                        html.Append("<tr>").AppendJoin("", row.Select(cell => $"<td>{E(cell)}</td>")).Append("</tr>");
                    html.Append("</tbody></table>");
                    break;
                case CouncilPicture picture:
                    html.Append("<figure><img alt=\"").Append(E(picture.Caption)).Append("\" src=\"data:").Append(picture.Photo.ContentType)
                        .Append(";base64,").Append(Convert.ToBase64String(picture.Photo.Bytes)).Append("\"><figcaption>")
                        .Append(E(picture.Caption)).Append("</figcaption></figure>");
                    break;
            }
        }
        return html.Append("</body></html>").ToString();
    }

    /// <summary>Escapes what HTML reads as markup and nothing else: accented letters stay as they are in UTF-8.</summary>
    private static string E(string text) => new StringBuilder(text)
        .Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;").ToString();
}
