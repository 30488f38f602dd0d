using Cooperation.Grains.Shipments;
using Cooperation.GraphQL.Schema.Words;

namespace Cooperation.GraphQL.Shipments;

/// <summary>
/// A shipment in one line, as the sender reads it on the reconciliation screen: « 2 ordinateurs manquants, 1 écran
/// endommagé / 2 missing computers, 1 damaged screen ».
/// </summary>
public static class ShipmentSummary
{
    private static readonly Adjective Damaged = new("endommagé", "damaged");
    private static readonly Adjective Missing = new("manquant", "missing");
    private static readonly Adjective Unchecked = new("non pointé", "unchecked");
    private static readonly Adjective Disputed = new("contesté", "disputed");
    private static readonly Noun Article = new("article", "articles", false, "item");

    /// <summary>Desktops and laptops are counted together: the partners speak of « ordinateurs ».</summary>
    private static Noun NounOf(ItemKind kind) => kind switch
    {
        ItemKind.Desktop or ItemKind.Laptop => new("ordinateur", "ordinateurs", false, "computer"),
        ItemKind.Screen => new("écran", "écrans", false, "screen"),
        ItemKind.Server => new("serveur", "serveurs", false, "server"),
        ItemKind.Printer => new("imprimante", "imprimantes", true, "printer"),
        ItemKind.WifiTerminal => new("borne Wi-Fi", "bornes Wi-Fi", true, "Wi-Fi terminal"),
        _ => Article,
    };

    /// <summary>
    /// The discrepancies by kind and verdict (damaged, then missing), then what is still unchecked once receiving
    /// began; « Aucun écart / No discrepancy » when every item came as shipped.
    /// </summary>
    public static string Of(Shipment shipment)
    {
        var parts = new List<(string French, string English)>();
        foreach (var (verdict, adjective) in new[] { (ReceiptVerdict.Damaged, Damaged), (ReceiptVerdict.Missing, Missing) })
        {
            foreach (var group in shipment.Items.Where(i => i.Verdict?.Verdict == verdict).GroupBy(i => NounOf(i.Kind)))
                parts.Add(Words(group.Count(), group.Key, adjective));
        }
        var disputed = shipment.Items.Count(i => i.Disputes.Count > 0);
        if (disputed > 0)
            parts.Add(Words(disputed, Article, Disputed));
        var notChecked = shipment.Items.Count(i => i.Verdict is null);
        if (notChecked > 0 && notChecked < shipment.Items.Count)
            parts.Add(Words(notChecked, Article, Unchecked));

        if (parts.Count > 0)
            return $"{string.Join(", ", parts.Select(p => p.French))} / {string.Join(", ", parts.Select(p => p.English))}";
        return notChecked == 0
            ? "Aucun écart / No discrepancy"
            : $"{Quantity.InFrench(notChecked, Article)}, aucun pointé / {Quantity.InEnglish(notChecked, Article)}, none checked yet";
    }

    private static (string French, string English) Words(int count, Noun noun, Adjective adjective) =>
        (Quantity.InFrench(count, noun, adjective), Quantity.InEnglish(count, noun, adjective));
}
