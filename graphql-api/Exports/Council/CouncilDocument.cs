using Cooperation.Grains.Missions;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Reports;
using Cooperation.Grains.Shipments;

namespace Cooperation.GraphQL.Exports.Council;

/// <summary>One block of the report as read on paper: the PDF and the printable page lay out the same blocks.</summary>
public abstract record CouncilBlock;

public sealed record CouncilTitle(string Text, IReadOnlyList<string> Lines) : CouncilBlock;

public sealed record CouncilHeading(string Text) : CouncilBlock;

public sealed record CouncilParagraph(string Text) : CouncilBlock;

/// <summary>A table; <paramref name="Widths"/> are the columns' shares of the line (they add up to 1).</summary>
public sealed record CouncilTable(IReadOnlyList<string> Headers, IReadOnlyList<double> Widths, IReadOnlyList<IReadOnlyList<string>> Rows) : CouncilBlock;

public sealed record CouncilPicture(CouncilPhoto Photo, string Caption) : CouncilBlock;

/// <summary>
/// What the council reads, in order: the partnership, its milestones, indicators, shipments and what became of them,
/// missions, money and photos, each section saying so when the year has nothing in it.
/// </summary>
public static class CouncilDocument
{
    public static string FileName(CouncilReport report, string extension) =>
        $"rapport-conseil-{report.Partnership.Slug}-{report.Year}.{extension}";

    public static string Title(CouncilReport report, CouncilLanguage w) =>
        w.Say($"Rapport d'activité de la coopération décentralisée {report.Year}", $"Decentralised cooperation activity report {report.Year}");

    public static IReadOnlyList<CouncilBlock> Compose(CouncilReport report, CouncilLanguage w)
    {
        var p = report.Partnership;
        var blocks = new List<CouncilBlock>
        {
            new CouncilTitle(Title(report, w),
            [
                p.Name,
                $"{p.North.Name} — {p.South.Name}",
                w.Say("Annexe à la délibération du conseil", "Annex to the council's deliberation"),
            ]),
            new CouncilParagraph(p.Summary),
            new CouncilHeading(w.Say("1. Jalons", "1. Milestones")),
        };
        blocks.Add(report.Milestones.Count == 0
            ? Nothing(w)
            : new CouncilTable(
                [w.Say("Jalon", "Milestone"), w.Say("Échéance", "Due"), w.Say("Avancement", "Progress"), w.Say("Statut", "Status")],
                [0.55, 0.15, 0.12, 0.18],
                [.. report.Milestones.Select(m => (IReadOnlyList<string>)[m.Title, CouncilLanguage.Date(m.DueOn), $"{m.Progress} %",
                    w.Say(MilestoneStatusNames.French(m.Status), MilestoneStatusNames.English(m.Status))])]));

        blocks.Add(new CouncilHeading(w.Say("2. Indicateurs", "2. Indicators")));
        blocks.Add(report.Indicators.Count == 0
            ? Nothing(w)
            : new CouncilTable(
                [w.Say("Période", "Period"), w.Say("Indicateur", "Indicator"), w.Say("Cible", "Target"), w.Say("Réalisé", "Actual"), w.Say("Source", "Source")],
                [0.17, 0.3, 0.1, 0.1, 0.33],
                [.. report.Indicators.Select(i => (IReadOnlyList<string>)[
                    $"{CouncilLanguage.Date(i.PeriodStart)} – {CouncilLanguage.Date(i.PeriodEnd)}", $"{i.Indicator.Title} ({i.Indicator.Unit})",
                    Figure(i.Indicator.Target), Figure(i.Indicator.Actual), w.Source(i.Indicator.Source)])]));

        blocks.Add(new CouncilHeading(w.Say("3. Envois de matériel et devenir des ordinateurs", "3. Hardware shipments and what became of the computers")));
        if (report.Shipments.Count == 0)
            blocks.Add(Nothing(w));
        else
            blocks.Add(new CouncilTable(
                [w.Say("Envoi", "Shipment"), w.Say("Expédié le", "Shipped on"), w.Say("Articles", "Items"), w.Say("Réception", "Receipt"), w.Say("Sur site", "On site")],
                [0.3, 0.13, 0.1, 0.25, 0.22],
                [.. report.Shipments.Select(s => Fate(s, report, w))]));

        blocks.Add(new CouncilHeading(w.Say("4. Missions", "4. Missions")));
        if (report.Missions.Count == 0)
            blocks.Add(Nothing(w));
        foreach (var m in report.Missions)
        {
            blocks.Add(new CouncilParagraph(
                $"{m.Plan.Title} — {CouncilLanguage.Date(m.Plan.StartOn)} – {CouncilLanguage.Date(m.Plan.EndOn)} ({w.Say(MissionStatusNames.French(m.Status), MissionStatusNames.English(m.Status))})"));
            if (m.LatestReport?.Content.WhatWasDone is { Length: > 0 } done)
                blocks.Add(new CouncilParagraph(done));
        }

        blocks.Add(new CouncilHeading(w.Say("5. Budget et financements", "5. Budget and funding")));
        var totals = report.Ledger.Totals;
        blocks.Add(totals.ByFunder.Count == 0
            ? new CouncilParagraph(w.Say("Aucun budget saisi pour cette année.", "No budget entered for this year."))
            : new CouncilTable(
                [w.Say("Financeur", "Funder"), w.Say("Budgété", "Budgeted"), w.Say("Engagé", "Committed"), w.Say("Reçu", "Received"), w.Say("Dépensé", "Spent")],
                [0.32, 0.17, 0.17, 0.17, 0.17],
                [
                    .. totals.ByFunder.Select(f => (IReadOnlyList<string>)[w.Funder(f.Funder, f.Name), CouncilLanguage.Euros(f.Budgeted),
                        CouncilLanguage.Euros(f.Committed), CouncilLanguage.Euros(f.Received), CouncilLanguage.Euros(f.Spent)]),
                    [w.Say("Total", "Total"), CouncilLanguage.Euros(totals.Budgeted), CouncilLanguage.Euros(totals.Committed),
                        CouncilLanguage.Euros(totals.Received), CouncilLanguage.Euros(totals.Spent)],
                ]));
        var hardware = report.Ledger.Hardware;
        blocks.Add(new CouncilParagraph(w.Say(
            $"Matériel donné (contribution en nature, hors totaux) : {hardware.Items} articles, valeur {CouncilLanguage.Euros(hardware.Euros)}.",
            $"Donated hardware (in-kind, outside the totals): {hardware.Items} items worth {CouncilLanguage.Euros(hardware.Euros)}.")));

        if (report.Photos.Count > 0)
        {
            blocks.Add(new CouncilHeading(w.Say("6. Photographies", "6. Photographs")));
            blocks.AddRange(report.Photos.Select(photo => new CouncilPicture(photo, w.Say(photo.CaptionFr, photo.CaptionEn))));
        }
        return blocks;
    }

    /// <summary>One shipment's line: how many items came in which state, then how many were installed, working, broken.</summary>
    private static IReadOnlyList<string> Fate(CouncilShipment shipment, CouncilReport report, CouncilLanguage w)
    {
        var items = report.Items.Where(i => i.Shipment == shipment).ToList();
        int Count(ReceiptVerdict? verdict) => items.Count(i => i.Receipt == verdict);
        int Seen(ItemEventKind kind) => items.Count(i => i.LastSeen?.Kind == kind);
        var receipt = w.Say(
            $"{Count(ReceiptVerdict.Received)} reçus, {Count(ReceiptVerdict.Damaged)} abîmés, {Count(ReceiptVerdict.Missing)} manquants, {Count(null)} non vérifiés",
            $"{Count(ReceiptVerdict.Received)} received, {Count(ReceiptVerdict.Damaged)} damaged, {Count(ReceiptVerdict.Missing)} missing, {Count(null)} not checked");
        var installed = items.Count(i => i.InstalledOn is not null);
        var onSite = w.Say(
            $"{installed} installés, {Seen(ItemEventKind.SeenWorking)} en marche, {Seen(ItemEventKind.SeenBroken)} en panne",
            $"{installed} installed, {Seen(ItemEventKind.SeenWorking)} working, {Seen(ItemEventKind.SeenBroken)} broken");
        return [shipment.Shipment.Title, shipment.ShippedOn is { } on ? CouncilLanguage.Date(on) : "—", items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), receipt, onSite];
    }

    private static CouncilParagraph Nothing(CouncilLanguage w) => new(w.Say("Rien pour cette année.", "Nothing for this year."));

    private static string Figure(decimal? value) => value is { } v ? CouncilLanguage.Number(v) : "—";
}
