namespace Cooperation.Grains.Shipments;

// Telling the partnership what changed, so its change feed lists the shipment and its index knows it.
public sealed partial class ShipmentGrain
{
    /// <summary>The kind under which shipments appear in a partnership's change feed.</summary>
    public const string Kind = "Shipment";

    protected override string FeedKind => Kind;

    /// <summary>The partnership the key names: its members have access, its feed and index list the entity.</summary>
    protected override string? Partnership => Slug;

    /// <summary>The partnership's index lists the shipment and finds it by any of its serial numbers.</summary>
    protected override Task RegisterAsync(string partnership) =>
        Grains.GetGrain<IShipmentIndexGrain>(partnership).RegisterAsync(Key, [.. State.Items.Select(i => i.SerialNumber)]);
}
