namespace Cooperation.Grains.Shipments;

/// <summary>
/// L'index des envois d'un partenariat: the keys of its shipments and, for each serial number, the shipments that
/// carried it, so neither the list nor a serial number's history needs a scan. Key: the partnership's slug.
/// </summary>
public interface IShipmentIndexGrain : IGrainWithStringKey
{
    /// <summary>Adds a shipment and its serial numbers (sent by the shipment grain after its first durable write); a repeat changes nothing.</summary>
    Task RegisterAsync(string shipmentKey, IReadOnlyList<string> serialNumbers);

    /// <summary>Returns the shipment keys, oldest first, to members and administrators of the partnership.</summary>
    Task<IReadOnlyList<string>> ListAsync(Actor actor);

    /// <summary>
    /// Returns the shipments themselves, oldest first, to members and administrators, asking the partnership once.
    /// Always interleaved, so that it never holds the index while entities register (<see cref="Common.Indexes.PartnershipIndexGrain{TState}"/>).
    /// </summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<Shipment>> ReadAllAsync(Actor actor);

    /// <summary>Returns the keys of the shipments that carried a serial number, oldest first, to members and administrators.</summary>
    Task<IReadOnlyList<string>> FindSerialAsync(Actor actor, string serialNumber);
}
