using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Cooperation.GraphQL.Exports.Council;

/// <summary>
/// A small page layout on PDFsharp for A4 documents: a title, headings, paragraphs that wrap, tables whose header comes
/// back on each new page, pictures, page breaks when the page is full, and « page 2 / 5 » at the foot of each page.
/// </summary>
/// <remarks>
/// Text is written in WinAnsi (Windows-1252), which holds every French letter, « » and €: a reader that searches or
/// copies the text finds it as typed.
/// </remarks>
public sealed class PdfLayout : IDisposable
{
    private const double Margin = 50;
    private const double FooterHeight = 24;
    private const double CellPadding = 3;

    private static readonly XPdfFontOptions Encoding = new(PdfFontEncoding.WinAnsi);

    private readonly PdfDocument document = new();
    private readonly XFont titleFont;
    private readonly XFont headingFont;
    private readonly XFont bodyFont;
    private readonly XFont boldFont;
    private XGraphics? graphics;
    private double y;

    public PdfLayout(string title)
    {
        CouncilFonts.Require();
        document.Info.Title = title;
        titleFont = new XFont(CouncilFonts.Family, 18, XFontStyleEx.Bold, Encoding);
        headingFont = new XFont(CouncilFonts.Family, 13, XFontStyleEx.Bold, Encoding);
        bodyFont = new XFont(CouncilFonts.Family, 9.5, XFontStyleEx.Regular, Encoding);
        boldFont = new XFont(CouncilFonts.Family, 9.5, XFontStyleEx.Bold, Encoding);
        NewPage();
    }

    private XGraphics Graphics => graphics!;

    private double PageWidth => document.Pages[^1].Width.Point;

    private double Bottom => document.Pages[^1].Height.Point - Margin - FooterHeight;

    private double LineWidth => PageWidth - 2 * Margin;

    public void Title(string text, IEnumerable<string> lines)
    {
        Write(text, titleFont, 1.3);
        foreach (var line in lines)
            Write(line, headingFont, 1.3);
        y += 10;
    }

    public void Heading(string text)
    {
        // A heading never ends a page alone: it needs room for itself and a few lines after it.
        if (y + 4 * Height(bodyFont) + Height(headingFont) > Bottom)
            PageBreak();
        y += 8;
        Write(text, headingFont, 1.4);
    }

    public void Paragraph(string text)
    {
        foreach (var part in text.Split('\n'))
            Write(part, bodyFont, 1.3);
        y += 4;
    }

    public void Table(IReadOnlyList<string> headers, IReadOnlyList<double> widths, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var columns = widths.Select(w => w * LineWidth).ToArray();
        DrawRow(headers, columns, boldFont, XBrushes.WhiteSmoke);
        foreach (var row in rows)
        {
            if (y + RowHeight(row, columns, bodyFont) > Bottom)
            {
                PageBreak();
                DrawRow(headers, columns, boldFont, XBrushes.WhiteSmoke);
            }
            DrawRow(row, columns, bodyFont, null);
        }
        y += 8;
    }

    /// <summary>A picture at most half a page high, kept in proportion, with its caption below.</summary>
    public void Picture(byte[] bytes, string caption)
    {
        using var stream = new MemoryStream(bytes);
        using var image = XImage.FromStream(stream);
        var width = Math.Min(LineWidth, image.PointWidth);
        var height = width * image.PointHeight / image.PointWidth;
        var maxHeight = (Bottom - Margin) / 2;
        if (height > maxHeight)
            (width, height) = (width * maxHeight / height, maxHeight);
        if (y + height + 2 * Height(bodyFont) > Bottom)
            PageBreak();
        Graphics.DrawImage(image, Margin, y, width, height);
        y += height + 4;
        Paragraph(caption);
    }

    public void PageBreak() => NewPage();

    /// <summary>Writes the page numbers and returns the document's bytes.</summary>
    public byte[] Finish()
    {
        graphics?.Dispose();
        graphics = null;
        var count = document.PageCount;
        for (var i = 0; i < count; i++)
        {
            var page = document.Pages[i];
            using var foot = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            foot.DrawString($"page {i + 1} / {count}", bodyFont, XBrushes.Gray,
                new XRect(Margin, page.Height.Point - Margin, page.Width.Point - 2 * Margin, FooterHeight), XStringFormats.CenterRight);
        }
        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    public void Dispose()
    {
        graphics?.Dispose();
        document.Dispose();
    }

    private void NewPage()
    {
        graphics?.Dispose();
        var page = document.AddPage();
        page.Size = PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        y = Margin;
    }

    private void Write(string text, XFont font, double spacing)
    {
        foreach (var line in Wrap(text, font, LineWidth))
        {
            if (y + Height(font) * spacing > Bottom)
                PageBreak();
            Graphics.DrawString(line, font, XBrushes.Black, Margin, y, XStringFormats.TopLeft);
            y += Height(font) * spacing;
        }
    }

    private void DrawRow(IReadOnlyList<string> cells, double[] columns, XFont font, XBrush? background)
    {
        var height = RowHeight(cells, columns, font);
        var x = Margin;
        for (var c = 0; c < columns.Length; c++)
        {
            var cell = new XRect(x, y, columns[c], height);
            if (background is not null)
                Graphics.DrawRectangle(background, cell);
            Graphics.DrawRectangle(XPens.LightGray, cell);
            var lineY = y + CellPadding;
            foreach (var line in Wrap(c < cells.Count ? cells[c] : "", font, columns[c] - 2 * CellPadding))
            {
                Graphics.DrawString(line, font, XBrushes.Black, x + CellPadding, lineY, XStringFormats.TopLeft);
                lineY += Height(font) * 1.2;
            }
            x += columns[c];
        }
        y += height;
    }

    private double RowHeight(IReadOnlyList<string> cells, double[] columns, XFont font) =>
        columns.Select((width, c) => Wrap(c < cells.Count ? cells[c] : "", font, width - 2 * CellPadding).Count).Max()
            * Height(font) * 1.2 + 2 * CellPadding;

    private static double Height(XFont font) => font.Size * 1.15;

    /// <summary>Cuts a text into lines no wider than <paramref name="width"/>, between words, or inside a word too long for a line.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        text = WinAnsi(text);
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : $"{current} {word}";
            if (Measure(candidate, font) <= width)
            {
                current = candidate;
                continue;
            }
            if (current.Length > 0)
                lines.Add(current);
            current = word;
            while (current.Length > 1 && Measure(current, font) > width)
            {
                var fits = current.Length - 1;
                while (fits > 1 && Measure(current[..fits], font) > width)
                    fits--;
                lines.Add(current[..fits]);
                current = current[fits..];
            }
        }
        lines.Add(current);
        return lines;
    }

    /// <summary>
    /// The few characters French text uses that Windows-1252 lacks, as their nearest in it: the narrow no-break space
    /// .NET puts between thousands (« 12 500,00 € ») becomes a no-break space, an arrow two characters.
    /// </summary>
    public static string WinAnsi(string text) => text
        .Replace('\u202F', '\u00A0').Replace("→", "->", StringComparison.Ordinal).Replace("←", "<-", StringComparison.Ordinal)
        .Replace("≥", ">=", StringComparison.Ordinal).Replace("≤", "<=", StringComparison.Ordinal);

    private double Measure(string text, XFont font) => Graphics.MeasureString(text, font).Width;
}
