using System.Globalization;

namespace Cooperation.GraphQL.Exports;

/// <summary>
/// One cell of an exported CSV file, already written as the file holds it. Text is data, never a formula: a spreadsheet
/// runs a cell that starts with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> (and, once trimmed, with a tab or a line break),
/// so an application titled <c>=HYPERLINK(…)</c> would run on a fund manager's computer when the ranking opens in Excel.
/// Such text gets a leading single quote and is quoted (OWASP, CSV injection); the cell then shows <c>'=2+3*7</c>, as typed
/// but for the quote.
/// </summary>
/// <remarks>
/// Numbers the exporter writes itself (<see cref="Number"/>) are not neutralised: formatted from a <see cref="decimal"/>
/// they hold only digits, a minus sign and a decimal comma, which no spreadsheet reads as a formula, and a quote in
/// front would turn <c>-1500</c> into text that no sum or sort counts any more. Only text, wherever it comes from, goes
/// through <see cref="Text"/>.
/// </remarks>
public readonly struct CsvCell
{
    /// <summary>The field separator of the files: Excel in a French locale splits on semicolons, not commas.</summary>
    public const char Separator = ';';

    // A cell starting with one of these is read as a formula by Excel, LibreOffice or Google Sheets (OWASP's list, and the
    // line feed, which some of them also skip before looking for a formula).
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r', '\n'];

    // What a French spreadsheet reads as a number, whatever the server's culture data says: "1234,5" and "-1234,5".
    private static readonly NumberFormatInfo FrenchNumbers = new() { NumberDecimalSeparator = ",", NegativeSign = "-", NumberGroupSeparator = "" };

    private readonly string? _field;

    private CsvCell(string field) => _field = field;

    /// <summary>The cell as written in the file, quoted and neutralised as needed (<c>default</c> is an empty cell).</summary>
    public string Field => _field ?? "";

    /// <summary>An empty cell.</summary>
    public static CsvCell Empty { get; } = new("");

    /// <summary>Text (a title, a name, a reason): quoted when it holds the separator, a quote or a line break, and neutralised when a spreadsheet would run it.</summary>
    public static CsvCell Text(string? value)
    {
        value ??= "";
        if (value.Length > 0 && Array.IndexOf(FormulaStarts, value[0]) >= 0)
            return new(Quoted("'" + value));
        return new(value.IndexOfAny([Separator, '"', '\r', '\n']) >= 0 ? Quoted(value) : value);
    }

    /// <summary>A number the exporter formats itself, with a decimal comma and at most two decimals: <c>35000,5</c>, <c>-12</c>.</summary>
    public static CsvCell Number(decimal value) => new(value.ToString("0.##", FrenchNumbers));

    /// <summary>A number, or an empty cell when there is none.</summary>
    public static CsvCell Number(decimal? value) => value is { } number ? Number(number) : Empty;

    public static implicit operator CsvCell(string? text) => Text(text);

    public override string ToString() => Field;

    // RFC 4180: the field between double quotes, its own quotes doubled.
    private static string Quoted(string value) => $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
