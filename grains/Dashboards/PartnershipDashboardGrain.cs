using Cooperation.Grains.Money;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Reports;
using Cooperation.Grains.Shipments;
using Cooperation.Grains.Sync;

namespace Cooperation.Grains.Dashboards;

/// <inheritdoc cref="IPartnershipDashboardGrain"/>
public sealed class PartnershipDashboardGrain(
    [PersistentState("dashboard", StorageNames.Cooperation)] IPersistentState<DashboardState> state,
    IGrainFactory grains,
    TimeProvider time) : FeedReadModelGrain<DashboardState>(state, grains), IPartnershipDashboardGrain
{
    private static readonly HashSet<string> KeptKinds = [ReportGrain.Kind, ShipmentGrain.Kind, LedgerGrain.Kind];

    protected override IReadOnlySet<string> Kinds => KeptKinds;

    async Task<PartnershipDashboard> IPartnershipDashboardGrain.GetAsync(Actor actor)
    {
        await CatchUpAsync(actor);
        return DashboardFigures.Of(State, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
    }

    /// <summary>The profile and the changed milestones come whole with the feed.</summary>
    protected override void Refresh(FeedSince feed)
    {
        State.Profile = feed.Partnership;
        foreach (var milestone in feed.Milestones)
            State.Milestones[milestone.Id] = milestone;
    }

    /// <summary>Re-reads a changed report, shipment or ledger as the platform: every reader of the dashboard may see its figures.</summary>
    protected override async Task RefreshAsync(FeedEntry entry)
    {
        switch (entry.Kind)
        {
            case ReportGrain.Kind:
                State.Reports[entry.EntityId] = DashboardReport.Of(await Grains.GetGrain<IReportGrain>(entry.EntityId).GetAsync(Actor.Seed));
                break;
            case ShipmentGrain.Kind:
                State.Shipments[entry.EntityId] = DashboardShipment.Of(await Grains.GetGrain<IShipmentGrain>(entry.EntityId).GetAsync(Actor.Seed));
                break;
            default:
                State.Ledgers[entry.EntityId] = DashboardLedger.Of(await Grains.GetGrain<ILedgerGrain>(entry.EntityId).GetAsync(Actor.Seed));
                break;
        }
        State.Versions[PartnershipGrain.FeedKey(entry.Kind, entry.EntityId)] = entry.EntityVersion;
    }
}
