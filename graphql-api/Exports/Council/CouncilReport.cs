using Cooperation.Grains.Missions;
using Cooperation.Grains.Money;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Reports;
using Cooperation.Grains.Shipments;

namespace Cooperation.GraphQL.Exports.Council;

/// <summary>
/// Le rapport d'activité de la coopération décentralisée of one partnership for one year, the annex of the elected
/// council's yearly délibération: gathered once (<see cref="CouncilReportReader"/>), written as a PDF, a printable page
/// and a workbook.
/// </summary>
/// <param name="Milestones">The milestones the year touches (planned over it, or due in it), in planning order.</param>
/// <param name="Indicators">The indicators of the reports whose period falls in the year, earliest period first.</param>
/// <param name="Shipments">The shipments that moved in the year, with each item and what became of it.</param>
/// <param name="Missions">The missions held (or planned) in the year, by start date.</param>
/// <param name="Ledger">The year's money, as the ledger answers it (empty when nothing was entered).</param>
/// <param name="Photos">A few receipt photos of the year's shipments.</param>
public sealed record CouncilReport(
    Partnership Partnership,
    int Year,
    IReadOnlyList<Milestone> Milestones,
    IReadOnlyList<CouncilIndicator> Indicators,
    IReadOnlyList<CouncilShipment> Shipments,
    IReadOnlyList<Mission> Missions,
    Ledger Ledger,
    IReadOnlyList<CouncilPhoto> Photos)
{
    /// <summary>Every item of the year's shipments, in shipment then packing order: the rows of the workbook's « Envois ».</summary>
    public IEnumerable<CouncilItem> Items => Shipments.SelectMany(s => s.Shipment.Items.Select(i => new CouncilItem(s, i)));
}

/// <summary>One indicator of a report, with the report's period and status, so a reader knows which half-year it counts.</summary>
public sealed record CouncilIndicator(DateOnly PeriodStart, DateOnly PeriodEnd, ReportStatus ReportStatus, ReportIndicator Indicator);

/// <summary>A shipment and the day it left (null when it has not).</summary>
public sealed record CouncilShipment(Shipment Shipment, DateOnly? ShippedOn);

/// <summary>A committed photo the report shows, with what it shows.</summary>
public sealed record CouncilPhoto(string CaptionFr, string CaptionEn, byte[] Bytes, string ContentType);

/// <summary>What became of one shipped item: its receipt verdict, then its installation and how it was last seen.</summary>
public sealed record CouncilItem(CouncilShipment Shipment, ShipmentItem Item)
{
    /// <summary>Received, damaged or missing; null while nobody checked it.</summary>
    public ReceiptVerdict? Receipt => Item.Verdict?.Verdict;

    /// <summary>The day it was installed at its site, or null.</summary>
    public DateOnly? InstalledOn =>
        Item.Events.LastOrDefault(e => e.Kind == ItemEventKind.Installed) is { } installed ? DateOnly.FromDateTime(installed.At.UtcDateTime) : null;

    /// <summary>The latest « seen working » or « seen broken » (a mission's visit), or null.</summary>
    public ItemEvent? LastSeen => Item.Events.LastOrDefault(e => e.Kind is ItemEventKind.SeenWorking or ItemEventKind.SeenBroken);
}
