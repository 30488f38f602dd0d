namespace Cooperation.Grains.Shipments;

// What members read: the shipment, and the life of one serial number in it.
public sealed partial class ShipmentGrain
{
    async Task<Shipment> IShipmentGrain.GetAsync(Actor actor)
    {
        await RequireReadAsync(actor);
        return Snapshot();
    }

    async Task<IReadOnlyList<ItemLifeEvent>> IShipmentGrain.GetSerialNumberHistoryAsync(Actor actor, string serialNumber)
    {
        await RequireReadAsync(actor);
        var serial = ShipmentRules.NormalizeSerial(serialNumber);
        var item = State.Items.Find(i => ShipmentRules.NormalizeSerial(i.SerialNumber) == serial);
        if (item is null)
            return [];

        var events = new List<ItemLifeEvent>();
        foreach (var change in State.Timeline)
        {
            var kind = change.Status switch
            {
                ShipmentStatus.Prepared => ItemLifeEventKind.Packed,
                ShipmentStatus.Shipped => ItemLifeEventKind.Shipped,
                ShipmentStatus.InTransit => ItemLifeEventKind.InTransit,
                ShipmentStatus.Arrived => ItemLifeEventKind.Arrived,
                ShipmentStatus.Reconciled => ItemLifeEventKind.Reconciled,
                _ => (ItemLifeEventKind?)null,
            };
            if (kind is { } k)
                events.Add(Line(change.At, k, change.By, null, k == ItemLifeEventKind.Reconciled ? State.ReconciliationNote : null, null));
        }

        if (item.Verdict is { } verdict)
            events.Add(Line(verdict.At, ItemLifeEventKind.Checked, verdict.By, verdict.Verdict, verdict.Reason, verdict.PhotoId));
        events.AddRange(item.Disputes.Select(d => Line(d.At, ItemLifeEventKind.Disputed, d.By, d.Verdict, d.Reason, d.PhotoId)));
        events.AddRange(item.Events.Select(e => Line(e.At, e.Kind switch
        {
            ItemEventKind.Installed => ItemLifeEventKind.Installed,
            ItemEventKind.SeenWorking => ItemLifeEventKind.SeenWorking,
            _ => ItemLifeEventKind.SeenBroken,
        }, e.By, null, e.Note, null)));
        // Stable: steps recorded at the same instant keep their natural order.
        return [.. events.OrderBy(e => e.At)];

        ItemLifeEvent Line(DateTimeOffset at, ItemLifeEventKind kind, Actor by, ReceiptVerdict? v, string? detail, string? photoId) =>
            new(at, kind, by, Key, State.Title, item.Id, v, detail, photoId);
    }

    private async Task RequireReadAsync(Actor actor)
    {
        if (!(await AccessOfAsync(actor)).CanRead)
            throw ShipmentErrors.Forbidden();
        RequireCreated();
    }
}
