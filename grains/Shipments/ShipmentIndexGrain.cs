using Cooperation.Grains.Common.Indexes;

namespace Cooperation.Grains.Shipments;

/// <inheritdoc cref="IShipmentIndexGrain"/>
public sealed class ShipmentIndexGrain(
    [PersistentState("shipment-index", StorageNames.Cooperation)] IPersistentState<ShipmentIndexState> state,
    IGrainFactory grains) : PartnershipIndexGrain<ShipmentIndexState>(state, grains), IShipmentIndexGrain
{
    protected override string SlugOf(string key) => ShipmentRules.SlugOf(key);

    protected override DomainException InvalidKey(string key) => ShipmentErrors.InvalidKey(key);

    protected override DomainException Forbidden() => ShipmentErrors.Forbidden();

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

    async Task<IReadOnlyList<string>> IShipmentIndexGrain.ListAsync(Actor actor)
    {
        await RequireReadAsync(actor);
        return [.. Entries.Keys];
    }

    async Task<IReadOnlyList<string>> IShipmentIndexGrain.FindSerialAsync(Actor actor, string serialNumber)
    {
        await RequireReadAsync(actor);
        return Entries.Serials.TryGetValue(ShipmentRules.NormalizeSerial(serialNumber), out var keys) ? [.. keys] : [];
    }
}
