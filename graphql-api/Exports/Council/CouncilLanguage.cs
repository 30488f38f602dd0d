using System.Globalization;
using Cooperation.Grains.Money;
using Cooperation.Grains.Shipments;

namespace Cooperation.GraphQL.Exports.Council;

/// <summary>
/// Whether the report is written in French only (a French council's annex) or in French with English beside it (for a
/// partner or a funder abroad): every label of the three outputs goes through <see cref="Say"/>.
/// </summary>
public sealed record CouncilLanguage(bool WithEnglish)
{
    public static CouncilLanguage French { get; } = new(false);

    public static CouncilLanguage FrenchAndEnglish { get; } = new(true);

    private static readonly CultureInfo FrenchCulture = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The query's <c>lang</c>: absent or « fr » for French, « fr-en » for both; null for anything else.</summary>
    public static CouncilLanguage? FromQuery(string? lang) => lang switch
    {
        null or "" or "fr" => French,
        "fr-en" => FrenchAndEnglish,
        _ => null,
    };

    public string Say(string fr, string en) => WithEnglish ? $"{fr} / {en}" : fr;

    /// <summary>« 15/12/2026 », the way a French council reads a date.</summary>
    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>« 12 500,00 € »: French grouping and decimal comma.</summary>
    public static string Euros(decimal amount) => amount.ToString("#,##0.00", FrenchCulture) + " €";

    public static string Number(decimal value) => value.ToString("#,##0.##", FrenchCulture);

    public string Funder(Funder funder, string? name) => (funder switch
    {
        Grains.Money.Funder.NorthAuthority => Say("Collectivité du Nord", "Northern authority"),
        Grains.Money.Funder.SouthAuthority => Say("Collectivité du Sud", "Southern authority"),
        Grains.Money.Funder.SolidarityFund => LedgerWords.FundName,
        _ => Say("Autre cofinanceur", "Other co-financer"),
    }) + (name is { Length: > 0 } ? $" ({name})" : "");

    public string Kind(TransactionKind kind) => kind switch
    {
        TransactionKind.Commitment => Say("Engagement", "Commitment"),
        TransactionKind.FundsReceived => Say("Fonds reçus", "Funds received"),
        TransactionKind.Disbursement => Say("Décaissement", "Disbursement"),
        _ => Say("Dépense", "Expenditure"),
    };

    public string Item(ItemKind kind) => kind switch
    {
        ItemKind.Desktop => Say("Ordinateur de bureau", "Desktop computer"),
        ItemKind.Laptop => Say("Ordinateur portable", "Laptop"),
        ItemKind.Screen => Say("Écran", "Screen"),
        ItemKind.Server => Say("Serveur", "Server"),
        ItemKind.Printer => Say("Imprimante", "Printer"),
        ItemKind.WifiTerminal => Say("Borne Wi-Fi", "Wi-Fi terminal"),
        _ => Say("Autre matériel", "Other hardware"),
    };

    /// <summary>« reçu », « abîmé », « manquant », or « non vérifié » while nobody checked it.</summary>
    public string Receipt(ReceiptVerdict? verdict) => verdict is { } v
        ? Say(ReceiptVerdictNames.French(v), ReceiptVerdictNames.English(v))
        : Say("non vérifié", "not checked");

    /// <summary>How the item was last seen: « en marche » or « en panne », or empty.</summary>
    public string Seen(ItemEventKind? kind) => kind switch
    {
        ItemEventKind.SeenWorking => Say("en marche", "working"),
        ItemEventKind.SeenBroken => Say("en panne", "broken"),
        _ => "",
    };

    /// <summary>Where an indicator's value comes from: its computed source, or « saisi » when typed.</summary>
    public string Source(string? source) => source ?? Say("saisi dans le rapport", "typed in the report");
}
