using Cooperation.Grains.Missions;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Shipments.Commands;

namespace Cooperation.Grains.Shipments;

/// <inheritdoc cref="IShipmentGrain"/>
public sealed partial class ShipmentGrain(
    [PersistentState("shipment", StorageNames.Cooperation)] IPersistentState<ShipmentState> state,
    IGrainFactory grains,
    TimeProvider time) : PartnershipEntityGrain<ShipmentState>(state, grains, time), IShipmentGrain
{
    private string Slug => ShipmentRules.SlugOf(Key);

    async Task<Shipment> IShipmentGrain.PrepareAsync(PrepareShipment command)
    {
        var id = await BeginAsync(command, ActingSide.North);
        if (ShipmentRules.KeyFor(Slug, id) != Key)
            throw ShipmentErrors.InvalidKey(Key);
        if (await RepeatedAsync(id, command))
            return Snapshot();
        if (State.Created)
            throw ActionReceipts.Reused(id);
        await RequireEstablishedPartnershipAsync();

        var title = ShipmentRules.Title(command.Title);
        var (boxes, items) = ShipmentRules.PackingList(command.Boxes);

        var now = ActionTime.Of(command, Time);
        State.Created = true;
        State.Title = title;
        State.Status = ShipmentStatus.Prepared;
        State.Boxes = boxes;
        State.Items = items;
        State.Timeline.Add(new StatusChange(ShipmentStatus.Prepared, now, command.Actor));
        // The index learns the shipment and its serial numbers once: they never change after packing.
        Changed(now, indexChanged: true);
        Record(id, command.Actor, "ShipmentPrepared", Key,
            newValue: $"{boxes.Count} cartons, {items.Count} articles / {boxes.Count} boxes, {items.Count} items");
        await CommitAsync(id, command);
        return Snapshot();
    }

    async Task<Shipment> IShipmentGrain.AdvanceAsync(AdvanceShipment command)
    {
        var id = await BeginAsync(command, ActingSide.North);
        if (await RepeatedAsync(id, command))
            return Snapshot();
        RequireCreated();

        var (attemptedFr, attemptedEn) = (
            $"le marquer {ShipmentStatusNames.French(command.To)}", $"mark it {ShipmentStatusNames.English(command.To)}");
        if (command.To is not (ShipmentStatus.Shipped or ShipmentStatus.InTransit or ShipmentStatus.Arrived))
            throw ShipmentErrors.Invalid(
                "Le Nord marque un envoi expédié, en transit ou arrivé ; la réception et le rapprochement ont leurs propres actions.",
                "The North marks a shipment shipped, in transit or arrived; receipt and reconciliation have their own actions.");
        if (State.Status > ShipmentStatus.Arrived || command.To < State.Status)
            throw ShipmentErrors.IllegalStatusChange(State.Status, attemptedFr, attemptedEn);
        if (command.To == State.Status)
        {
            // Two people marking the same step (or an offline replay under a new id): the step is already there.
            await CommitAsync(id, command);
            return Snapshot();
        }

        var now = ActionTime.Of(command, Time);
        var before = State.Status;
        State.Status = command.To;
        State.Timeline.Add(new StatusChange(command.To, now, command.Actor));
        Changed(now);
        Record(id, command.Actor, "Shipment" + command.To, Key, "status", before.ToString(), command.To.ToString());
        await CommitAsync(id, command);
        return Snapshot();
    }

    async Task<Shipment> IShipmentGrain.ReconcileAsync(ReconcileShipment command)
    {
        var id = await BeginAsync(command, ActingSide.North);
        if (await RepeatedAsync(id, command))
            return Snapshot();
        RequireCreated();
        if (State.Status != ShipmentStatus.Received)
            throw ShipmentErrors.IllegalStatusChange(State.Status,
                "le rapprocher (il faut d'abord que chaque article ait un verdict du Sud)",
                "reconcile it (every item needs a verdict from the South first)");
        var note = ShipmentRules.Note(command.Note);

        var now = ActionTime.Of(command, Time);
        State.Status = ShipmentStatus.Reconciled;
        State.ReconciliationNote = note;
        State.Timeline.Add(new StatusChange(ShipmentStatus.Reconciled, now, command.Actor));
        Changed(now);
        Record(id, command.Actor, "ShipmentReconciled", Key, "status", nameof(ShipmentStatus.Received), nameof(ShipmentStatus.Reconciled));
        await CommitAsync(id, command);
        return Snapshot();
    }

    async Task<Shipment> IShipmentGrain.RecordItemEventAsync(RecordItemEvent command)
    {
        var id = await BeginAsync(command, ActingSide.EitherSide);
        if (await RepeatedAsync(id, command))
            return Snapshot();
        RequireCreated();
        if (!Enum.IsDefined(command.Kind))
            throw ShipmentErrors.Invalid("Événement inconnu.", "Unknown event.");
        var index = State.Items.FindIndex(i => i.Id == command.ItemId);
        if (index < 0)
            throw ShipmentErrors.UnknownItem(command.ItemId);
        var item = State.Items[index];
        if (item.Verdict is null)
            throw ShipmentErrors.ItemNotReceived(item.Id);
        // The standing verdict decides: a missing item never arrived, so nothing can have happened to it on site. A
        // damaged one is there, and may be seen broken, repaired, installed and seen working: every event stands.
        if (item.Verdict is { Verdict: ReceiptVerdict.Missing } missing)
            throw ShipmentErrors.ItemMissing(item.Id, missing);
        var note = ShipmentRules.Note(command.Note);
        if (command.MissionKey is { } missionKey)
            await RequireObservingMissionAsync(missionKey, command.Actor);

        var now = ActionTime.Of(command, Time);
        Changed(now);
        Put(index, item with { Events = [.. item.Events, new ItemEvent(command.Kind, note, command.Actor, now, id, command.MissionKey)] });
        Record(id, command.Actor, "Item" + command.Kind, item.Id, "event",
            newValue: note is null ? command.Kind.ToString() : $"{command.Kind}: {note}");
        await CommitAsync(id, command);
        return Snapshot();
    }

    /// <summary>
    /// A mission can vouch for what was seen only if it belongs to this partnership and took place (under way or
    /// reported): a planned or cancelled mission saw nothing.
    /// </summary>
    private async Task RequireObservingMissionAsync(string missionKey, Actor actor)
    {
        if (!MissionRules.IsValidKey(missionKey) || MissionRules.ParseKey(missionKey).Slug != Slug)
            throw ShipmentErrors.Invalid(
                $"La mission « {missionKey} » n'est pas une mission de ce partenariat.",
                $"Mission '{missionKey}' is not a mission of this partnership.");
        var mission = await Grains.GetGrain<IMissionGrain>(missionKey).GetAsync(actor);
        if (mission.Status is not (MissionStatus.UnderWay or MissionStatus.Reported))
            throw ShipmentErrors.Invalid(
                $"La mission « {mission.Plan.Title} » n'a pas eu lieu (statut {MissionStatusNames.French(mission.Status)}) : elle ne peut rien avoir constaté.",
                $"Mission '{mission.Plan.Title}' has not taken place (status {mission.Status}): it cannot have seen anything.");
    }

    protected override DomainException Refusal(ActingSide? side) => side switch
    {
        null => ShipmentErrors.Forbidden(),
        ActingSide.North => ShipmentErrors.NorthOnly(),
        ActingSide.South => ShipmentErrors.SouthOnly(),
        _ => ShipmentErrors.SidesOnly(),
    };

    private void RequireCreated()
    {
        if (!State.Created)
            throw ShipmentErrors.UnknownShipment(Key);
    }

    /// <summary>Puts back a changed item stamped with the version being written: call after <see cref="Changed"/>.</summary>
    private void Put(int index, ShipmentItem item) => State.Items[index] = item with { ChangedIn = State.Version };

    private Shipment Snapshot() => new(
        Key, Slug, State.Title, State.Status, [.. State.Boxes], [.. State.Items], [.. State.Timeline],
        State.ReconciliationNote, State.UpdatedAt, State.Version);
}
