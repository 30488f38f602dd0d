using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Sync;

namespace Cooperation.Grains.Dashboards;

/// <summary>
/// Persisted state of a partnership's dashboard: a few lines per milestone, report, shipment and year's ledger, each
/// at the version the feed last told of, and how far the feed was read.
/// </summary>
[GenerateSerializer]
public sealed class DashboardState : IFeedReadModelState
{
    [Id(0)] public long Revision { get; set; }

    /// <summary>The partnership's profile as of the last feed read (its name, its end date).</summary>
    [Id(1)] public Partnership? Profile { get; set; }

    [Id(2)] public Dictionary<string, Milestone> Milestones { get; set; } = [];

    /// <summary>By report key.</summary>
    [Id(3)] public Dictionary<string, DashboardReport> Reports { get; set; } = [];

    /// <summary>By shipment key.</summary>
    [Id(4)] public Dictionary<string, DashboardShipment> Shipments { get; set; } = [];

    /// <summary>By ledger key ("{slug}/{year}").</summary>
    [Id(5)] public Dictionary<string, DashboardLedger> Ledgers { get; set; } = [];

    /// <summary>The version each kept entity was read at, by feed key.</summary>
    [Id(6)] public Dictionary<string, long> Versions { get; set; } = [];

    public bool Holds(FeedEntry entry) =>
        Versions.TryGetValue(PartnershipGrain.FeedKey(entry.Kind, entry.EntityId), out var known) && known >= entry.EntityVersion;
}
