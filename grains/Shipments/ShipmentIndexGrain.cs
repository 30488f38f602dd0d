using Cooperation.Grains.Partnerships;

namespace Cooperation.Grains.Shipments;

/// <inheritdoc cref="IShipmentIndexGrain"/>
public sealed class ShipmentIndexGrain(
    [PersistentState("shipment-index", StorageNames.Cooperation)] IPersistentState<ShipmentIndexState> state,
    IGrainFactory grains) : Grain, IShipmentIndexGrain
{
    private string Slug => this.GetPrimaryKeyString();

    async Task IShipmentIndexGrain.RegisterAsync(string shipmentKey, IReadOnlyList<string> serialNumbers)
    {
        if (ShipmentRules.SlugOf(shipmentKey) != Slug)
            throw ShipmentErrors.InvalidKey(shipmentKey);
        var changed = false;
        if (!state.State.Keys.Contains(shipmentKey))
        {
            state.State.Keys.Add(shipmentKey);
            changed = true;
        }

        foreach (var serial in serialNumbers.Select(ShipmentRules.NormalizeSerial))
        {
            if (!state.State.Serials.TryGetValue(serial, out var keys))
                state.State.Serials[serial] = keys = [];
            if (!keys.Contains(shipmentKey))
            {
                keys.Add(shipmentKey);
                changed = true;
            }
        }

        if (changed)
            await state.WriteOrDeactivateAsync(this);
    }

    async Task<IReadOnlyList<string>> IShipmentIndexGrain.ListAsync(Actor actor)
    {
        await RequireReadAsync(actor);
        return [.. state.State.Keys];
    }

    async Task<IReadOnlyList<string>> IShipmentIndexGrain.FindSerialAsync(Actor actor, string serialNumber)
    {
        await RequireReadAsync(actor);
        return state.State.Serials.TryGetValue(ShipmentRules.NormalizeSerial(serialNumber), out var keys) ? [.. keys] : [];
    }

    // Asked of the partnership first: an outsider learns nothing, not even whether there are shipments.
    private async Task RequireReadAsync(Actor actor)
    {
        if (!(await grains.GetGrain<IPartnershipGrain>(Slug).GetAccessAsync(actor)).CanRead)
            throw ShipmentErrors.Forbidden();
    }
}
