using Cooperation.Grains.Common.Indexes;

namespace Cooperation.Grains.Shipments;

/// <inheritdoc cref="IShipmentIndexGrain"/>
public sealed class ShipmentIndexGrain(
    [PersistentState("shipment-index", StorageNames.Cooperation)] IPersistentState<ShipmentIndexState> state,
    IGrainFactory grains) : PartnershipIndexGrain<ShipmentIndexState>(state, grains, ShipmentKeys), IShipmentIndexGrain
{
    private static readonly PartnershipEntityKeys ShipmentKeys =
        new(ShipmentRules.SlugOf, ShipmentErrors.InvalidKey, ShipmentErrors.Forbidden);

    Task IShipmentIndexGrain.RegisterAsync(string shipmentKey, IReadOnlyList<string> serialNumbers) =>
        RegisterAsync(shipmentKey, index =>
        {
            var changed = index.Keys.AddOnce(shipmentKey);
            foreach (var serial in serialNumbers.Select(ShipmentRules.NormalizeSerial))
            {
                if (!index.Serials.TryGetValue(serial, out var keys))
                    index.Serials[serial] = keys = [];
                changed |= keys.AddOnce(shipmentKey);
            }

            return changed;
        });

    Task<IReadOnlyList<Shipment>> IShipmentIndexGrain.ReadAllAsync(Actor actor) =>
        ReadAllAsync(actor, key => Grains.GetGrain<IShipmentGrain>(key).GetAsync(Actor.Seed));

    async Task<IReadOnlyList<string>> IShipmentIndexGrain.FindSerialAsync(Actor actor, string serialNumber)
    {
        await RequireReadAsync(actor);
        return Entries.Serials.TryGetValue(ShipmentRules.NormalizeSerial(serialNumber), out var keys) ? [.. keys] : [];
    }
}
