using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Cooperation.GraphQL.Exports.Council;

/// <summary>
/// The report's figures as an Excel workbook: « Indicateurs », « Envois » (one row per item shipped) and « Budget ».
/// Dates and amounts are numbers with a number format, never text: Excel's built-in formats 14 (short date) and 4
/// (« #,##0.00 ») follow the reader's locale, so a French Excel shows « 15/12/2026 » and « 12 500,00 » and can add them up.
/// </summary>
public static class CouncilWorkbook
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Built-in number format: the locale's short date.</summary>
    public const uint DateFormatId = 14;

    /// <summary>Built-in number format: « #,##0.00 ».</summary>
    public const uint AmountFormatId = 4;

    /// <summary>Built-in number format: « 0 ».</summary>
    public const uint WholeFormatId = 1;

    // Indexes of the cell formats written by Styles(), in order.
    private const uint Header = 1;
    private const uint DateStyle = 2;
    private const uint AmountStyle = 3;
    private const uint WholeStyle = 4;

    public static byte[] Write(CouncilReport report, CouncilLanguage words)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles();
            AddSheet(workbook, "Indicateurs", Indicators(report, words));
            AddSheet(workbook, "Envois", Shipments(report, words));
            AddSheet(workbook, "Budget", Budget(report, words));
        }
        return stream.ToArray();
    }

    private static IEnumerable<Row> Indicators(CouncilReport report, CouncilLanguage w)
    {
        yield return HeaderRow(w.Say("Début de période", "Period start"), w.Say("Fin de période", "Period end"), w.Say("Rapport", "Report"),
            w.Say("Code", "Code"), w.Say("Indicateur", "Indicator"), w.Say("Unité", "Unit"), w.Say("Valeur de référence", "Baseline"),
            w.Say("Cible", "Target"), w.Say("Réalisé", "Actual"), w.Say("Source", "Source"));
        foreach (var (start, end, status, i) in report.Indicators)
            yield return new Row(DateCell(start), DateCell(end),
                Text(w.Say(Grains.Reports.ReportStatusNames.French(status), Grains.Reports.ReportStatusNames.English(status))),
                Text(i.Code), Text(i.Title), Text(i.Unit), Figure(i.Baseline), Figure(i.Target), Figure(i.Actual), Text(w.Source(i.Source)));
    }

    private static IEnumerable<Row> Shipments(CouncilReport report, CouncilLanguage w)
    {
        yield return HeaderRow(w.Say("Envoi", "Shipment"), w.Say("Expédié le", "Shipped on"), w.Say("Numéro de série", "Serial number"),
            w.Say("Matériel", "Hardware"), w.Say("Destination", "Destination"), w.Say("Réception", "Receipt"), w.Say("Motif", "Reason"),
            w.Say("Installé le", "Installed on"), w.Say("Dernier état constaté", "Last seen"), w.Say("Constaté le", "Seen on"),
            w.Say("Valeur (€)", "Value (€)"));
        foreach (var item in report.Items)
        {
            var seen = item.LastSeen;
            yield return new Row(
                Text(item.Shipment.Shipment.Title), DateCell(item.Shipment.ShippedOn), Text(item.Item.SerialNumber), Text(w.Item(item.Item.Kind)),
                Text(item.Item.Destination), Text(w.Receipt(item.Receipt)), Text(item.Item.Verdict?.Reason ?? ""), DateCell(item.InstalledOn),
                Text(w.Seen(seen?.Kind)), DateCell(seen is null ? null : DateOnly.FromDateTime(seen.At.UtcDateTime)),
                Amount(item.Item.Refurbishment.EuroValue(item.Item.Kind)));
        }
    }

    private static IEnumerable<Row> Budget(CouncilReport report, CouncilLanguage w)
    {
        var ledger = report.Ledger;
        yield return HeaderRow(w.Say("Lignes budgétaires", "Budget lines"));
        yield return HeaderRow(w.Say("Financeur", "Funder"), w.Say("Objet", "Purpose"), w.Say("Montant (€)", "Amount (€)"));
        foreach (var line in ledger.BudgetLines)
            yield return new Row(Text(w.Funder(line.Funder, line.FunderName)), Text(line.Label), Amount(line.Amount));
        yield return new Row(Text(w.Say("Total", "Total")), Text(""), Amount(ledger.Totals.Budgeted));
        yield return new Row();

        yield return HeaderRow(w.Say("Par financeur", "By funder"));
        yield return HeaderRow(w.Say("Financeur", "Funder"), w.Say("Budgété (€)", "Budgeted (€)"), w.Say("Engagé (€)", "Committed (€)"),
            w.Say("Reçu (€)", "Received (€)"), w.Say("Décaissé (€)", "Disbursed (€)"), w.Say("Dépensé (€)", "Spent (€)"));
        foreach (var f in ledger.Totals.ByFunder)
            yield return new Row(Text(w.Funder(f.Funder, f.Name)), Amount(f.Budgeted), Amount(f.Committed), Amount(f.Received), Amount(f.Disbursed), Amount(f.Spent));
        var t = ledger.Totals;
        yield return new Row(Text(w.Say("Total", "Total")), Amount(t.Budgeted), Amount(t.Committed), Amount(t.Received), Amount(t.Disbursed), Amount(t.Spent));
        yield return new Row();

        yield return HeaderRow(w.Say("Transactions", "Transactions"));
        yield return HeaderRow(w.Say("Date", "Date"), w.Say("Nature", "Kind"), w.Say("Montant", "Amount"), w.Say("Devise", "Currency"),
            w.Say("Taux pour 1 €", "Rate for €1"), w.Say("Montant (€)", "Amount (€)"), w.Say("De", "From"), w.Say("À", "To"), w.Say("Objet", "Purpose"));
        foreach (var x in ledger.Transactions)
            yield return new Row(DateCell(x.Date), Text(w.Kind(x.Kind)), Amount(x.Amount), Text(x.Currency.ToString()), Figure(x.RatePerEuro),
                Amount(x.EuroAmount), Text(x.Provider.Name), Text(x.Receiver.Name), Text(x.Description));
        yield return new Row();

        yield return HeaderRow(w.Say("Matériel donné (contribution en nature)", "Donated hardware (in-kind contribution)"));
        yield return HeaderRow(w.Say("Envoi", "Shipment"), w.Say("Expédié le", "Shipped on"), w.Say("Articles", "Items"), w.Say("Valeur (€)", "Value (€)"));
        foreach (var s in ledger.Hardware.Shipments)
            yield return new Row(Text(s.Title), DateCell(s.ShippedOn), Whole(s.Items), Amount(s.Euros));
        yield return new Row(Text(w.Say("Total", "Total")), Text(""), Whole(ledger.Hardware.Items), Amount(ledger.Hardware.Euros));
    }

    private static void AddSheet(WorkbookPart workbook, string name, IEnumerable<Row> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(new SheetData(rows));
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.Count() + 1, Name = name });
    }

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = DateFormatId, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = AmountFormatId, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = WholeFormatId, ApplyNumberFormat = true }));

    private static Row HeaderRow(params string[] titles) => new(titles.Select(t => Text(t, Header)));

    private static Cell Text(string text, uint style = 0) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString, StyleIndex = style };

    private static Cell Number(decimal value, uint style) =>
        new(new CellValue(value.ToString(CultureInfo.InvariantCulture))) { DataType = CellValues.Number, StyleIndex = style };

    /// <summary>A day as Excel's serial number (days since 1899-12-30) with the date format; empty when unknown.</summary>
    private static Cell DateCell(DateOnly? day) => day is { } d
        ? new(new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture))) { DataType = CellValues.Number, StyleIndex = DateStyle }
        : new Cell();

    private static Cell Amount(decimal value) => Number(value, AmountStyle);

    private static Cell Whole(int value) => Number(value, WholeStyle);

    /// <summary>An indicator's value: two decimals where it has some, empty when not measured.</summary>
    private static Cell Figure(decimal? value) => value is { } v ? Number(v, AmountStyle) : new Cell();
}
