namespace Cooperation.Grains.Shipments;

// What members read: the shipment, its history a page at a time, and the life of one serial number in it, whole or a
// page at a time.
public sealed partial class ShipmentGrain
{
    async Task<Shipment> IShipmentGrain.GetAsync(Actor actor)
    {
        await RequireReadAsync(actor);
        return Snapshot();
    }

    async Task<HistoryPage> IShipmentGrain.GetHistoryPageAsync(Actor actor, HistoryPageRequest request)
    {
        await RequireReadAsync(actor);
        return await ReadHistoryAsync(request);
    }

    async Task<IReadOnlyList<ItemLifeEvent>> IShipmentGrain.GetSerialNumberHistoryAsync(Actor actor, string serialNumber)
    {
        await RequireReadAsync(actor);
        return LifeOf(serialNumber);
    }

    async Task<SerialEventPage> IShipmentGrain.GetSerialNumberEventsAsync(Actor actor, string serialNumber, SerialEventPageRequest request)
    {
        HistoryPageRequest.RequireFirst(request.First);
        await RequireReadAsync(actor);
        var life = LifeOf(serialNumber);
        var matching = request.MatchingIn(life);
        var events = new List<ItemLifeEvent>(Math.Min(request.First, matching));
        for (var i = matching - 1; i >= 0 && events.Count < request.First; i--)
            events.Add(life[i]);
        return new SerialEventPage(events, matching - 1, matching, life.Count);
    }

    /// <summary>The life of the item with this serial number in this shipment, oldest first (empty when it is not here).</summary>
    private List<ItemLifeEvent> LifeOf(string serialNumber)
    {
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
        }, e.By, null, e.Note, null) with { MissionKey = e.MissionKey }));
        // Stable: steps recorded at the same instant keep their natural order.
        return [.. events.OrderBy(e => e.At)];

        ItemLifeEvent Line(DateTimeOffset at, ItemLifeEventKind kind, Actor by, ReceiptVerdict? v, string? detail, string? photoId) =>
            new(at, kind, by, Key, State.Title, item.Id, v, detail, photoId);
    }

    async Task<ShipmentFacts> IShipmentGrain.GetFactsAsync(Actor actor, DateOnly from, DateOnly to)
    {
        await RequireReadAsync(actor);
        bool During(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime) is var day && day >= from && day <= to;
        bool IsComputer(ShipmentItem item) => item.Kind is ItemKind.Desktop or ItemKind.Laptop;
        // An item counts once as installed, at its first installation: a later re-installation is not a new computer.
        // A missing item never counts, even with an installation recorded before such events were refused.
        bool InstalledDuring(ShipmentItem item) =>
            item.Verdict is not { Verdict: ReceiptVerdict.Missing }
            && item.Events.FirstOrDefault(e => e.Kind == ItemEventKind.Installed) is { } installed && During(installed.At);

        return new ShipmentFacts(
            State.Items.Count(i => IsComputer(i) && i.Verdict is { Verdict: ReceiptVerdict.Received } v && During(v.At)),
            State.Items.Count(i => IsComputer(i) && InstalledDuring(i)),
            State.Items.Count(i => i.Kind == ItemKind.WifiTerminal && InstalledDuring(i)));
    }

    private async Task RequireReadAsync(Actor actor)
    {
        await RequireAccessAsync(actor);
        RequireCreated();
    }
}
