using System.Globalization;
using Cooperation.Grains.Shipments;

namespace Cooperation.Grains.Reports;

/// <summary>
/// Indicators computed from facts: where the platform already knows a value (computers confirmed on receipt, recorded
/// as installed), the report's actual value is counted from the partnership's shipments over the report's period,
/// never typed, and its source says how and when it was counted.
/// </summary>
/// <remarks>
/// The count is taken when the draft is written and again at submission, so a submitted version keeps the figure it
/// was submitted with even when later receipts change the facts: the text an annotation points at never moves.
/// </remarks>
public static class ComputedIndicators
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The content with every fact-based indicator's actual value and source filled in; unchanged when there is none.</summary>
    public static async Task<ReportContent> FillAsync(
        IGrainFactory grains, Actor actor, string slug, DateOnly from, DateOnly to, ReportContent content, DateTimeOffset now)
    {
        if (!content.Indicators.Any(i => i.Fact is not null))
            return content;

        var keys = await grains.GetGrain<IShipmentIndexGrain>(slug).ListAsync(actor);
        var perShipment = await Task.WhenAll(keys.Select(key => grains.GetGrain<IShipmentGrain>(key).GetFactsAsync(actor, from, to)));
        var facts = perShipment.Aggregate(ShipmentFacts.None, (total, one) => total.Plus(one));
        return content with
        {
            Indicators = [.. content.Indicators.Select(i => i.Fact is { } fact
                ? i with { Actual = ValueOf(fact, facts), Source = SourceOf(fact, keys.Count, from, to, now) }
                : i)],
        };
    }

    private static int ValueOf(IndicatorFact fact, ShipmentFacts facts) => fact switch
    {
        IndicatorFact.ComputersReceived => facts.ComputersReceived,
        IndicatorFact.ComputersInstalled => facts.ComputersInstalled,
        _ => facts.WifiTerminalsInstalled,
    };

    /// <summary>« Calculé le 1 décembre 2026 : ordinateurs reçus en bon état du 1 janvier au 30 juin 2026, d'après 3 envois / Computed on … ».</summary>
    private static string SourceOf(IndicatorFact fact, int shipments, DateOnly from, DateOnly to, DateTimeOffset now)
    {
        var (whatFr, whatEn) = fact switch
        {
            IndicatorFact.ComputersReceived => ("ordinateurs reçus en bon état", "computers received in working order"),
            IndicatorFact.ComputersInstalled => ("ordinateurs installés", "computers installed"),
            _ => ("bornes Wi-Fi installées", "Wi-Fi terminals installed"),
        };
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var envois = shipments < 2 ? $"{shipments} envoi" : $"{shipments} envois";
        var shipmentsEn = shipments == 1 ? "1 shipment" : $"{shipments} shipments";
        return $"Calculé le {Fr(today)} : {whatFr} du {Fr(from)} au {Fr(to)}, d'après {envois} / "
            + $"Computed on {En(today)}: {whatEn} from {En(from)} to {En(to)}, from {shipmentsEn}";
    }

    private static string Fr(DateOnly day) => day.ToString("d MMMM yyyy", French);

    private static string En(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
