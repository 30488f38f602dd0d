using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PdfSharp.Pdf.IO;

namespace Cooperation.GraphQL.Tests.Exports;

/// <summary>The council's yearly report of Sénéclic (seeded): PDF, workbook and printable page, and who may take them.</summary>
[Collection(ApiCollection.Name)]
public sealed class CouncilReportApiTests(ApiFixture api)
{
    private const string Pdf = "/exports/seneclic/council/2026.pdf";
    private const string Xlsx = "/exports/seneclic/council/2026.xlsx";
    private const string Html = "/exports/seneclic/council/2026.html";

    private async Task<HttpResponseMessage> GetAsync(string path, string? email)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (email is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await api.TokenAsync(email));
        return await api.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private async Task<byte[]> BytesAsync(string path, string email = People.BesanconNorth)
    {
        using var response = await GetAsync(path, email);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Pdf_NorthStaff_A4WithNameMilestoneAndAccents()
    {
        using var response = await GetAsync(Pdf, People.BesanconNorth);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("rapport-conseil-seneclic-2026.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        using var document = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        // Other tests of this host add milestones and shipments to the same year: the footer is checked against the pages there are.
        var pages = document.PageCount;
        Assert.True(pages >= 2, $"{pages} pages");
        Assert.All(document.Pages.Cast<PdfSharp.Pdf.PdfPage>(), p => Assert.Equal((595, 842), ((int)p.Width.Point, (int)p.Height.Point)));
        var text = TextOf(document);
        Assert.Contains("Sénéclic — Besançon / Sénégal", text);
        Assert.Contains("Reconditionner le lot d'ordinateurs de l'année", text);
        Assert.Contains("Rapport d'activité de la coopération décentralisée 2026", text);
        Assert.Contains($"page 1 / {pages}", text);
        Assert.Contains($"page {pages} / {pages}", text);
        Assert.DoesNotContain("Milestones", text);
        // Amounts keep their French spaces, and no letter became a question mark.
        Assert.Matches(@"\d{1,3}\u00A0\d{3},\d{2} €", text);
        Assert.DoesNotContain("?", text);
    }

    [Fact]
    public async Task Pdf_FrenchAndEnglish_SaysBoth()
    {
        var text = TextOf(PdfReader.Open(new MemoryStream(await BytesAsync(Pdf + "?lang=fr-en")), PdfDocumentOpenMode.Import));

        Assert.Contains("1. Jalons / 1. Milestones", text);
    }

    [Fact]
    public async Task Xlsx_ThreeSheets_RealDatesAndAmounts()
    {
        using var response = await GetAsync(Xlsx, People.BesanconNorth);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal("rapport-conseil-seneclic-2026.xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("PK", Encoding.ASCII.GetString(bytes, 0, 2));

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Cast<Sheet>().ToList();
        Assert.Equal(["Indicateurs", "Envois", "Budget"], sheets.Select(s => s.Name!.Value));
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Cast<CellFormat>().ToList();
        uint FormatOf(Cell cell) => formats[(int)(cell.StyleIndex?.Value ?? 0)].NumberFormatId?.Value ?? 0;
        Row[] RowsOf(string name) =>
            [.. ((WorksheetPart)workbook.GetPartById(sheets.Single(s => s.Name == name).Id!)).Worksheet.Descendants<Row>()];

        var shipments = RowsOf("Envois");
        var items = shipments.Skip(1).ToList();
        Assert.NotEmpty(items);
        Assert.Equal("Numéro de série", Text(shipments[0].Elements<Cell>().ElementAt(2)));
        var shipped = items[0].Elements<Cell>().ElementAt(1);
        Assert.Equal((DocumentFormat.OpenXml.Spreadsheet.CellValues.Number, 14u), (shipped.DataType!.Value, FormatOf(shipped)));
        Assert.Equal(new DateTime(2026, 4, 20), DateTime.FromOADate(double.Parse(shipped.CellValue!.Text, CultureInfo.InvariantCulture)));
        var value = items[0].Elements<Cell>().Last();
        Assert.Equal((DocumentFormat.OpenXml.Spreadsheet.CellValues.Number, 4u), (value.DataType!.Value, FormatOf(value)));
        Assert.True(decimal.Parse(value.CellValue!.Text, CultureInfo.InvariantCulture) > 0);

        // Every figure of the budget is a number with two decimals, never text that looks like one.
        var budget = RowsOf("Budget").SelectMany(r => r.Elements<Cell>()).ToList();
        Assert.Contains(budget, c => Text(c) == "Lignes budgétaires");
        Assert.DoesNotContain(budget, c => c.DataType?.Value == DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString
            && decimal.TryParse(Text(c).Replace(" ", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.GetCultureInfo("fr-FR"), out _));
        Assert.All(budget.Where(c => c.DataType?.Value == DocumentFormat.OpenXml.Spreadsheet.CellValues.Number && FormatOf(c) != 14 && FormatOf(c) != 1),
            c => Assert.Equal(4u, FormatOf(c)));
        Assert.NotEmpty(RowsOf("Indicateurs").Skip(1));
    }

    [Fact]
    public async Task Html_Printable_A4WithSameContent()
    {
        using var response = await GetAsync(Html, People.BesanconNorth);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        // Its own styles and inlined photos, and no script at all.
        Assert.StartsWith("default-src 'none'; style-src 'unsafe-inline'; img-src data:;", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("<script", html);
        Assert.Contains("@page { size: A4", html);
        Assert.Contains("Sénéclic — Besançon / Sénégal", html);
        Assert.Contains("Reconditionner le lot d&#39;ordinateurs de l&#39;année", html);
    }

    [Fact]
    public async Task Access_FundManagerAndAdministratorRead_OthersNotFound_NoTokenUnauthorized()
    {
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(await BytesAsync(Pdf, People.FundManager), 0, 5));
        Assert.Equal("PK", Encoding.ASCII.GetString(await BytesAsync(Xlsx, People.Administrator), 0, 2));

        using var stranger = await GetAsync(Pdf, People.ChalonNorth);
        using var anonymous = await GetAsync(Xlsx, null);
        using var unknown = await GetAsync("/exports/nulle-part/council/2026.pdf", People.Administrator);

        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Contains("NOT_FOUND", await stranger.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData("/exports/seneclic/council/26.pdf", "n'est pas une année")]
    [InlineData("/exports/seneclic/council/1999.xlsx", "n'est pas une année")]
    [InlineData("/exports/seneclic/council/2026.docx", "ne désigne pas un rapport au conseil")]
    [InlineData("/exports/seneclic/council/2026.pdf?lang=de", "fr-en")]
    public async Task BadAddress_BadRequestInBothLanguages(string path, string french)
    {
        using var response = await GetAsync(path, People.BesanconNorth);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["errors"]![0]!;
        var message = error["message"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(french, message);
        Assert.Contains(" / ", message);
        Assert.Equal("VALIDATION", error["extensions"]!["code"]!.GetValue<string>());
    }

    private static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";

    /// <summary>The text the pages draw: their content streams' strings (WinAnsi, PDF escapes undone), in order.</summary>
    private static string TextOf(PdfSharp.Pdf.PdfDocument document)
    {
        var text = new StringBuilder();
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        foreach (var page in document.Pages.Cast<PdfSharp.Pdf.PdfPage>())
            foreach (var content in page.Contents.Elements.Select(e => page.Contents.Elements.GetDictionary(page.Contents.Elements.IndexOf(e))))
            {
                var bytes = content?.Stream?.UnfilteredValue ?? [];
                text.Append(StringsOf(bytes, windows1252)).Append('\n');
            }
        return text.ToString();
    }

    /// <summary>The literal strings « (…) Tj » of a content stream, decoded.</summary>
    private static string StringsOf(byte[] stream, Encoding encoding)
    {
        var text = new StringBuilder();
        var current = new List<byte>();
        var depth = 0;
        for (var i = 0; i < stream.Length; i++)
        {
            var b = stream[i];
            if (depth == 0)
            {
                if (b == '(')
                    depth = 1;
                continue;
            }
            if (b == '\\' && i + 1 < stream.Length)
            {
                var next = stream[++i];
                if (next is >= (byte)'0' and <= (byte)'7')
                {
                    var octal = next - '0';
                    for (var k = 0; k < 2 && i + 1 < stream.Length && stream[i + 1] is >= (byte)'0' and <= (byte)'7'; k++)
                        octal = octal * 8 + (stream[++i] - '0');
                    current.Add((byte)octal);
                }
                else
                    current.Add(next switch { (byte)'n' => (byte)'\n', (byte)'r' => (byte)'\r', (byte)'t' => (byte)'\t', _ => next });
                continue;
            }
            if (b == '(')
                depth++;
            else if (b == ')' && --depth == 0)
            {
                text.Append(encoding.GetString([.. current])).Append(' ');
                current.Clear();
                continue;
            }
            current.Add(b);
        }
        return text.ToString();
    }
}
