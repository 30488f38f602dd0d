using System.Text;
using Cooperation.GraphQL.Exports;

namespace Cooperation.GraphQL.Tests.Exports;

public sealed class CsvCellTests
{
    /// <summary>Text a spreadsheet would run as a formula gets a leading quote and is quoted: it opens as text.</summary>
    [Theory]
    [InlineData("=2+3*7", "\"'=2+3*7\"")]
    [InlineData("@SUM(1+1)", "\"'@SUM(1+1)\"")]
    [InlineData("+1", "\"'+1\"")]
    [InlineData("-1", "\"'-1\"")]
    [InlineData("\t=1+1", "\"'\t=1+1\"")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    [InlineData("\n=1+1", "\"'\n=1+1\"")]
    [InlineData("=HYPERLINK(\"http://x\";\"y\")", "\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\"")]
    public void Text_FormulaStart_PrefixedWithQuoteAndQuoted(string text, string field) =>
        Assert.Equal(field, CsvCell.Text(text).Field);

    /// <summary>Other text is written as it is, quoted only when it holds the separator, a quote or a line break.</summary>
    [Theory]
    [InlineData("Sénéclic", "Sénéclic")]
    [InlineData("Former 300 citoyens = objectif", "Former 300 citoyens = objectif")]
    [InlineData("2026-03-31", "2026-03-31")]
    [InlineData("budget; réduit", "\"budget; réduit\"")]
    [InlineData("Projet « exemplaire » \"A\"", "\"Projet « exemplaire » \"\"A\"\"\"")]
    [InlineData("deux\r\nlignes", "\"deux\r\nlignes\"")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Text_NoFormulaStart_QuotedOnlyWhenNeeded(string? text, string field) =>
        Assert.Equal(field, CsvCell.Text(text).Field);

    /// <summary>Numbers the exporter writes stay numbers for the spreadsheet, negative ones included: no quote in front.</summary>
    [Theory]
    [InlineData("-1500.5", "-1500,5")]
    [InlineData("35000.5", "35000,5")]
    [InlineData("42.5", "42,5")]
    [InlineData("95", "95")]
    public void Number_WrittenByTheExporter_NotNeutralised(string value, string field) =>
        Assert.Equal(field, CsvCell.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).Field);

    /// <summary>A file: BOM, semicolons, CRLF after every row, each cell as written.</summary>
    [Fact]
    public void File_Rows_SemicolonsCrlfAndBom()
    {
        var bytes = CsvFile.Write([["Projet", "Montant"], ["=1+1", CsvCell.Number(-3m)], [CsvCell.Empty, CsvCell.Number(null)]]);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("Projet;Montant\r\n\"'=1+1\";-3\r\n;\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }
}
