using Cooperation.Grains.Shipments.Commands;

namespace Cooperation.Grains.Shipments;

/// <summary>
/// Un envoi de matériel informatique reconditionné, from its packing list to the reconciliation of what arrived.
/// Key: "{partnershipSlug}/s{12 hex}" (see <see cref="ShipmentRules.KeyFor"/>).
/// </summary>
/// <remarks>
/// The North owns what was shipped (prepare, ship, reconcile); the South agent owns the verdict on each item
/// (received / damaged / missing). The first verdict on an item stands; a later, different one is kept as a dispute
/// that both sides see. Access is asked of the partnership before each call; a refused command changes nothing;
/// every command carries a client mutation id and a repeat by the same person about the same items changes nothing;
/// any other use of the id is refused as reused (<see cref="ActionReceipts"/>).
/// </remarks>
public interface IShipmentGrain : IGrainWithStringKey
{
    /// <summary>Draws up the packing list; the grain's key must be the one derived from the action id.</summary>
    Task<Shipment> PrepareAsync(PrepareShipment command);

    /// <summary>Marks the shipment shipped, in transit or arrived.</summary>
    Task<Shipment> AdvanceAsync(AdvanceShipment command);

    /// <summary>« Tout reçu »: every item without a verdict is received; a second receipt is refused.</summary>
    Task<ShipmentConfirmation> ReceiveAsync(ReceiveShipment command);

    /// <summary>Gives verdicts on items or whole boxes.</summary>
    Task<ShipmentConfirmation> ConfirmItemsAsync(ConfirmShipmentItems command);

    /// <summary>Closes a received shipment after the North went through the verdicts.</summary>
    Task<Shipment> ReconcileAsync(ReconcileShipment command);

    /// <summary>Records an item's life after receipt (installed, seen working, seen broken).</summary>
    Task<Shipment> RecordItemEventAsync(RecordItemEvent command);

    /// <summary>Returns the shipment to members and administrators of its partnership.</summary>
    Task<Shipment> GetAsync(Actor actor);

    /// <summary>Counts the facts a report's computed indicators use, for the period from <paramref name="from"/> to <paramref name="to"/> (inclusive).</summary>
    Task<ShipmentFacts> GetFactsAsync(Actor actor, DateOnly from, DateOnly to);

    /// <summary>The life of the item with this serial number in this shipment, oldest first (empty when it is not here).</summary>
    Task<IReadOnlyList<ItemLifeEvent>> GetSerialNumberHistoryAsync(Actor actor, string serialNumber);

    /// <summary>
    /// A page of that life, newest first (<see cref="SerialEventPageRequest"/>): what the answer carries is bounded by the
    /// page, however long the life, so a serial number's steps read across shipments cost a page from each.
    /// </summary>
    Task<SerialEventPage> GetSerialNumberEventsAsync(Actor actor, string serialNumber, SerialEventPageRequest request);

    /// <summary>A page of the shipment's history, newest first (<see cref="HistoryPageRequest"/>): members of its partnership and administrators.</summary>
    Task<HistoryPage> GetHistoryPageAsync(Actor actor, HistoryPageRequest request);
}
