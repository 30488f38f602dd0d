using Cooperation.Grains.Dashboards;
using Cooperation.Grains.Money.Commands;
using Cooperation.Grains.Reports.Commands;
using Cooperation.Grains.Shipments;
using Cooperation.Grains.Shipments.Commands;
using Cooperation.Grains.Tests.Money;
using Cooperation.Grains.Tests.Reports;
using static Cooperation.Grains.Tests.Shipments.TestShipments;

namespace Cooperation.Grains.Tests.Dashboards;

/// <summary>The partnership at a glance: right figures, kept current, and a view that costs what changed only.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PartnershipDashboardGrainTests(ClusterFixture cluster)
{
    private static readonly Actor Staff = TestPartnerships.Staff;

    /// <summary>A partnership with a milestone, a submitted report, a shipment with a damaged and a missing item, and money.</summary>
    private async Task<IPartnershipDashboardGrain> BusyAsync(IPartnershipGrain partnership, IShipmentGrain shipment)
    {
        await partnership.PlanMilestoneAsync(TestPartnerships.Plan("plan"));
        var report = TestReports.Of(cluster.Grains, partnership);
        await report.DraftAsync(new DraftReport("draft", Staff, TestReports.Content()));
        await report.SubmitAsync(new SubmitReport("submit", Staff));
        await shipment.ConfirmItemsAsync(new ConfirmShipmentItems("confirm", TestPartnerships.SouthAgent,
            [Item("i1", ReceiptVerdict.Received), Item("i2", ReceiptVerdict.Damaged, "Écran fendu"), Item("i3", ReceiptVerdict.Missing, "Absent du carton")]));
        var ledger = TestLedgers.Of(cluster.Grains, partnership);
        await ledger.AddBudgetLineAsync(new AddBudgetLine("line", Staff, TestLedgers.Line(15_000m)));
        await ledger.RecordTransactionAsync(new RecordTransaction("pay", Staff, TestLedgers.FundsReceived(5_000m)));
        return cluster.Grains.GetGrain<IPartnershipDashboardGrain>(partnership.GetPrimaryKeyString());
    }

    [Fact]
    public async Task Get_BusyPartnership_CountsWhatHappened()
    {
        var (partnership, shipment) = await ShippedAsync(cluster.Grains);
        var dashboard = await (await BusyAsync(partnership, shipment)).GetAsync(Staff);

        Assert.Equal("Sénéclic — Besançon / Sénégal", dashboard.Partnership.Name);
        Assert.Equal((1, 1, 0), (dashboard.Milestones.Total, dashboard.Milestones.Planned, dashboard.Milestones.Completed));
        Assert.Equal(1, dashboard.Reports.AwaitingReview);
        Assert.Equal((1, 3, 1, 1, 1, 0), (dashboard.Deliveries.Shipments, dashboard.Deliveries.Items, dashboard.Deliveries.Received,
            dashboard.Deliveries.Damaged, dashboard.Deliveries.Missing, dashboard.Deliveries.Awaiting));
        var discrepancy = Assert.Single(dashboard.Deliveries.Discrepancies);
        Assert.Equal((await shipment.GetAsync(Staff)).Key, discrepancy.ShipmentKey);
        var indicator = Assert.Single(dashboard.Indicators);
        Assert.Equal(("ordinateurs-reconditionnes", 300m, 240m), (indicator.Code, indicator.Points.Single().Target, indicator.Points.Single().Actual));
        var money = Assert.Single(dashboard.Money);
        Assert.Equal((TestLedgers.Year, 15_000m, 5_000m), (money.Year, money.Budgeted, money.Received));
    }

    /// <summary>
    /// Viewed again with nothing changed: the dashboard and one read of the feed, no entity re-read and nothing written.
    /// After one item's receipt is disputed: that shipment only is re-read.
    /// </summary>
    [Fact]
    public async Task Get_Again_ReReadsOnlyWhatChanged()
    {
        var (partnership, shipment) = await ShippedAsync(cluster.Grains);
        var grain = await BusyAsync(partnership, shipment);
        await grain.GetAsync(Staff);

        cluster.Calls.Start();
        await grain.GetAsync(Staff);
        Assert.Equal(["IPartnershipDashboardGrain.GetAsync", "IPartnershipGrain.GetFeedSinceAsync"], cluster.Calls.Seen);

        await shipment.ConfirmItemsAsync(new ConfirmShipmentItems("dispute", TestPartnerships.SouthAgent, [Item("i1", ReceiptVerdict.Damaged, "Ne démarre plus")]));
        cluster.Calls.Start();
        var after = await grain.GetAsync(Staff);

        // Only the changed shipment is read; read on the platform's behalf, it needs no word from the partnership.
        Assert.Equal(["IPartnershipDashboardGrain.GetAsync", "IPartnershipGrain.GetFeedSinceAsync", "IShipmentGrain.GetAsync"],
            cluster.Calls.Seen);
        Assert.Equal((1, 1, 1), (after.Deliveries.Damaged, after.Deliveries.Missing, after.Deliveries.Discrepancies.Single().Disputed));
    }

    [Fact]
    public async Task Get_Outsider_Refused()
    {
        var partnership = await TestPartnerships.NewAsync(cluster.Grains);
        var grain = cluster.Grains.GetGrain<IPartnershipDashboardGrain>(partnership.GetPrimaryKeyString());

        var error = await Assert.ThrowsAsync<DomainException>(() => grain.GetAsync(TestPartnerships.Outsider));
        Assert.Equal(DomainErrorCode.Forbidden, error.Code);
    }
}
