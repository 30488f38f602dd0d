using Cooperation.Grains.Missions;
using Cooperation.Grains.Money;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Reports;
using Cooperation.Grains.Shipments;
using Cooperation.Grains.Uploads;

namespace Cooperation.GraphQL.Exports.Council;

/// <summary>
/// Gathers a partnership's year from its grains, once for the three outputs. The reader's right is checked first (the
/// partnership's readers and the fund's managers, as for the ledger); the parts are then read on the report's behalf,
/// since a fund manager, who is no member, reads the council's report as a whole.
/// </summary>
public static class CouncilReportReader
{
    /// <summary>Receipt photos shown: enough to illustrate, few enough to keep the PDF light for a council's mailbox.</summary>
    public const int MaxPhotos = 4;

    private static readonly HashSet<string> PictureTypes = ["image/jpeg", "image/png"];

    public static async Task<CouncilReport> ReadAsync(IGrainFactory grains, string slug, int year)
    {
        var reader = Actor.Seed;
        var partnershipGrain = grains.GetGrain<IPartnershipGrain>(slug);
        var partnership = await partnershipGrain.FindAsync() ?? throw PartnershipErrors.UnknownPartnership(slug);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);

        var milestonesTask = partnershipGrain.GetMilestonesAsync(reader);
        var reportsTask = ReportsAsync(grains, slug, reader);
        var shipmentsTask = ShipmentsAsync(grains, slug, reader);
        var missionsTask = MissionsAsync(grains, slug, reader);
        var ledgerTask = grains.GetGrain<ILedgerGrain>(LedgerRules.KeyFor(slug, year)).GetAsync(reader);
        await Task.WhenAll(milestonesTask, reportsTask, shipmentsTask, missionsTask, ledgerTask);

        var milestones = milestonesTask.Result.Where(m => (m.StartOn ?? m.DueOn) <= last && m.DueOn >= first).ToList();
        var indicators = reportsTask.Result
            .Where(r => r.PeriodStart <= last && r.PeriodEnd >= first)
            .SelectMany(r => r.Content.Indicators.Select(i => new CouncilIndicator(r.PeriodStart, r.PeriodEnd, r.Status, i)))
            .ToList();
        var shipments = shipmentsTask.Result
            .Where(s => s.Timeline.Any(c => c.At.UtcDateTime.Year == year))
            .Select(s => new CouncilShipment(s, s.Reached(ShipmentStatus.Shipped) is { } shipped ? DateOnly.FromDateTime(shipped.At.UtcDateTime) : null))
            .OrderBy(s => s.ShippedOn ?? DateOnly.MaxValue)
            .ToList();
        var missions = missionsTask.Result
            .Where(m => m.Plan.StartOn <= last && m.Plan.EndOn >= first)
            .OrderBy(m => m.Plan.StartOn)
            .ToList();
        var photos = await PhotosAsync(grains, slug, shipments, reader);
        return new CouncilReport(partnership, year, milestones, indicators, shipments, missions, ledgerTask.Result, photos);
    }

    private static Task<IReadOnlyList<Report>> ReportsAsync(IGrainFactory grains, string slug, Actor reader) =>
        grains.GetGrain<IReportIndexGrain>(slug).ReadAllAsync(reader);

    private static Task<IReadOnlyList<Shipment>> ShipmentsAsync(IGrainFactory grains, string slug, Actor reader) =>
        grains.GetGrain<IShipmentIndexGrain>(slug).ReadAllAsync(reader);

    private static Task<IReadOnlyList<Mission>> MissionsAsync(IGrainFactory grains, string slug, Actor reader) =>
        grains.GetGrain<IMissionIndexGrain>(slug).ReadAllAsync(reader);

    /// <summary>The first committed pictures taken on receipt; a photo announced but never sent is passed over.</summary>
    private static async Task<IReadOnlyList<CouncilPhoto>> PhotosAsync(IGrainFactory grains, string slug, IReadOnlyList<CouncilShipment> shipments, Actor reader)
    {
        var photos = new List<CouncilPhoto>();
        foreach (var (shipment, item) in shipments.SelectMany(s => s.Shipment.Items.Select(i => (s.Shipment, i))))
        {
            if (photos.Count == MaxPhotos)
                break;
            if (item.Verdict?.PhotoId is not { } photoId || !UploadRules.IsValidUploadId(photoId))
                continue;
            var upload = grains.GetGrain<IUploadGrain>(UploadRules.KeyFor(slug, photoId));
            UploadContent content;
            try
            {
                if (await upload.GetAsync(reader) is not { Status: UploadStatus.Committed } committed || !PictureTypes.Contains(committed.ContentType))
                    continue;
                content = await upload.ReadAsync(reader);
            }
            catch (DomainException e) when (e.Code == DomainErrorCode.NotFound)
            {
                continue;
            }
            var verdict = item.Verdict.Verdict;
            photos.Add(new CouncilPhoto(
                $"{shipment.Title} — {item.SerialNumber} ({ReceiptVerdictNames.French(verdict)})",
                $"{shipment.Title} — {item.SerialNumber} ({ReceiptVerdictNames.English(verdict)})",
                content.Bytes, content.ContentType));
        }
        return photos;
    }
}
