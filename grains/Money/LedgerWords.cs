using System.Globalization;

namespace Cooperation.Grains.Money;

/// <summary>How a line, a transaction or a confirmation is written in the ledger's history: one line of text, invariant figures.</summary>
public static class LedgerWords
{
    public const string FundName = "Fonds de Solidarité Numérique";

    public static string Line(LedgerBudgetLine line) =>
        $"{line.Funder}{(line.FunderName is { } name ? $" ({name})" : "")} · {line.Label} · {Figure(line.Amount)} EUR";

    public static string Transaction(LedgerTransaction t) =>
        $"{t.Kind} · {t.Date:yyyy-MM-dd} · {Figure(t.Amount)} {t.Currency}"
        + (t.Currency == Currency.EUR ? "" : $" @ {Figure(t.RatePerEuro)} = {Figure(t.EuroAmount)} EUR")
        + $" · {t.Provider.Name} → {t.Receiver.Name} · {t.Description}"
        + (t.Documents.Count > 0 ? $" · {string.Join(", ", t.Documents.Select(d => d.Name))}" : "");

    public static string Receipt(ReceiptConfirmation receipt) =>
        (receipt.Received ? "reçu / received" : "non reçu / not received") + (receipt.Note is { } note ? $" · {note}" : "");

    private static string Figure(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
