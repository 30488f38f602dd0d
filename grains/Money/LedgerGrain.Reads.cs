using Cooperation.Grains.Funding;
using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Shipments;
using Cooperation.Grains.Uploads;

namespace Cooperation.Grains.Money;

// What readers see: the ledger with its totals and the hardware's value, its history, and the documents its transactions cite.
public sealed partial class LedgerGrain
{
    async Task<Ledger> ILedgerGrain.GetAsync(Actor actor)
    {
        await RequireReadAsync(actor);
        return await SnapshotAsync();
    }

    async Task<HistoryPage> ILedgerGrain.GetHistoryPageAsync(Actor actor, HistoryPageRequest request)
    {
        await RequireReadAsync(actor);
        return await ReadHistoryAsync(request);
    }

    async Task<PieceFile?> ILedgerGrain.FindDocumentAsync(Actor actor, string uploadId)
    {
        if (!await CanReadAsync(actor))
            return null;
        // The latest transaction citing the file names it: a correction may have renamed the document.
        var document = State.Transactions.SelectMany(t => t.Documents).LastOrDefault(d => d.UploadId == uploadId);
        return document is null ? null : new PieceFile(UploadRules.KeyFor(LedgerRules.ParseKey(Key).Slug, uploadId), document.Name);
    }

    private async Task RequireReadAsync(Actor actor)
    {
        if (!await CanReadAsync(actor))
            throw LedgerErrors.Forbidden();
    }

    /// <summary>Members of the partnership and administrators read, as for everything hanging off it; so do the fund's managers.</summary>
    private async Task<bool> CanReadAsync(Actor actor) =>
        (await Grains.GetGrain<IPartnershipGrain>(LedgerRules.ParseKey(Key).Slug).GetAccessAsync(actor, null)).CanRead
        || (await FundRole.OfAsync(Grains, actor)).IsManager;

    private async Task<Ledger> SnapshotAsync()
    {
        var (slug, year) = LedgerRules.ParseKey(Key);
        var transactions = State.Transactions.OrderBy(t => t.Date).ThenBy(t => int.Parse(t.Id[1..])).ToList();
        return new Ledger(
            Key, slug, year, [.. State.BudgetLines], transactions, LedgerTotalling.Of(State.BudgetLines, State.Transactions),
            await HardwareAsync(slug, year), State.UpdatedAt, State.Version);
    }

    /// <summary>
    /// The hardware shipped in the year, valued item by item from its refurbishment record. Read on the ledger's behalf
    /// once the reader's right to the ledger is checked: a fund manager sees what the hardware is worth without being a
    /// member; the packing lists stay with the partnership's members.
    /// </summary>
    private async Task<HardwareValue> HardwareAsync(string slug, int year)
    {
        var shipments = await Grains.GetGrain<IShipmentIndexGrain>(slug).ReadAllAsync(Actor.Seed);
        var values = new List<ShipmentHardwareValue>();
        foreach (var shipment in shipments)
        {
            if (shipment.Reached(ShipmentStatus.Shipped) is not { } shipped || shipped.At.Year != year)
                continue;
            values.Add(new ShipmentHardwareValue(
                shipment.Key, shipment.Title, DateOnly.FromDateTime(shipped.At.UtcDateTime), shipment.Items.Count,
                shipment.Items.Count(i => i.Refurbishment.ResidualValue is not null),
                shipment.Items.Sum(i => i.Refurbishment.EuroValue(i.Kind))));
        }
        values.Sort((a, b) => a.ShippedOn.CompareTo(b.ShippedOn));
        return new HardwareValue(values.Sum(v => v.Euros), values.Sum(v => v.Items), values);
    }
}
