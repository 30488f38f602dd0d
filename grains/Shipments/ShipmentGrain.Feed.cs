using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Sync;

namespace Cooperation.Grains.Shipments;

// Telling the partnership what changed, so its change feed lists the shipment and its index knows it.
public sealed partial class ShipmentGrain
{
    /// <summary>The kind under which shipments appear in a partnership's change feed.</summary>
    public const string Kind = "Shipment";

    public override Task OnActivateAsync(CancellationToken cancellationToken) => PendingNotices.RetryAsync(State.FeedPending, NotifyAsync);

    /// <summary>
    /// Registers the shipment (and its serial numbers) in the partnership's index, adds it to the partnership's feed,
    /// then clears the pending flag (persisted with the next write): a notice lost between the write and here is sent
    /// again, never dropped.
    /// </summary>
    private async Task NotifyAsync()
    {
        await grains.GetGrain<IShipmentIndexGrain>(Slug).RegisterAsync(Key, [.. State.Items.Select(i => i.SerialNumber)]);
        await grains.GetGrain<IPartnershipGrain>(Slug).RecordChangeAsync(new EntityChanged(Kind, Key, State.Version));
        State.FeedPending = false;
    }
}
