using Cooperation.Grains.Missions.Commands;
using Cooperation.Grains.Shipments;
using Cooperation.Grains.Shipments.Commands;
using Cooperation.Grains.Tests.Missions;
using static Cooperation.Grains.Tests.Shipments.TestShipments;

namespace Cooperation.Grains.Tests.Shipments;

/// <summary>An item's life after receipt, and the field missions that saw it.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ItemLifeTests(ClusterFixture cluster)
{
    private static readonly Actor Staff = TestPartnerships.Staff;
    private static readonly Actor South = TestPartnerships.SouthAgent;

    private IGrainFactory Grains => cluster.Grains;

    private async Task<(IPartnershipGrain Partnership, IShipmentGrain Shipment)> ReceivedAsync()
    {
        var (partnership, shipment) = await ShippedAsync(Grains);
        await shipment.ReceiveAsync(new ReceiveShipment("all", South, null));
        return (partnership, shipment);
    }

    /// <summary>« Vu en marche » during a mission under way: the item's event and its serial number's history name the mission.</summary>
    [Fact]
    public async Task SeenWorking_DuringMission_LinkedInEventAndSerialHistory()
    {
        var (partnership, shipment) = await ReceivedAsync();
        var (mission, planned) = await TestMissions.PlannedAsync(Grains, partnership);
        await mission.StartAsync(new StartMission("start", Staff, ExpectedVersion: null));

        var after = await shipment.RecordItemEventAsync(new RecordItemEvent("seen", Staff, "i1", ItemEventKind.SeenWorking, "Poste en service", planned.Key));

        Assert.Equal(planned.Key, Assert.Single(after.Items[0].Events).MissionKey);
        var history = await shipment.GetSerialNumberHistoryAsync(Staff, "DT-001");
        Assert.Equal(planned.Key, history.Single(e => e.Kind == ItemLifeEventKind.SeenWorking).MissionKey);
    }

    /// <summary>A mission that has not taken place, or one of another partnership, cannot vouch for anything; nothing is recorded.</summary>
    [Fact]
    public async Task SeenWorking_PlannedOrForeignMission_RefusedAndNothingRecorded()
    {
        var (partnership, shipment) = await ReceivedAsync();
        var (_, planned) = await TestMissions.PlannedAsync(Grains, partnership);
        var other = await TestPartnerships.NewAsync(Grains);
        var (_, foreign) = await TestMissions.PlannedAsync(Grains, other);

        var notYet = await Assert.ThrowsAsync<DomainException>(() =>
            shipment.RecordItemEventAsync(new RecordItemEvent("seen-1", Staff, "i1", ItemEventKind.SeenWorking, null, planned.Key)));
        var elsewhere = await Assert.ThrowsAsync<DomainException>(() =>
            shipment.RecordItemEventAsync(new RecordItemEvent("seen-2", Staff, "i1", ItemEventKind.SeenWorking, null, foreign.Key)));

        Assert.Equal((DomainErrorCode.Validation, DomainErrorCode.Validation), (notYet.Code, elsewhere.Code));
        Assert.Contains("n'a pas eu lieu", notYet.MessageFr);
        Assert.Contains("n'est pas une mission de ce partenariat", elsewhere.MessageFr);
        Assert.Empty((await shipment.GetAsync(Staff)).Items[0].Events);
    }

    /// <summary>
    /// A computer the receiver declared missing cannot be installed or seen on site: each event is refused as a
    /// conflict with the receipt, nothing is recorded and the installed count stays at zero.
    /// </summary>
    [Theory]
    [InlineData(ItemEventKind.Installed)]
    [InlineData(ItemEventKind.SeenWorking)]
    [InlineData(ItemEventKind.SeenBroken)]
    public async Task RecordItemEvent_MissingItem_ConflictAndNotCountedInstalled(ItemEventKind kind)
    {
        var (_, shipment) = await ShippedAsync(Grains);
        await shipment.ConfirmItemsAsync(new ConfirmShipmentItems("check", South,
            [Item("i1", ReceiptVerdict.Received), Item("i2", ReceiptVerdict.Received), Item("i3", ReceiptVerdict.Missing, "Absent du carton 2")]));

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            shipment.RecordItemEventAsync(new RecordItemEvent("event", South, "i3", kind, "Salle multimédia")));

        Assert.Equal(DomainErrorCode.Conflict, error.Code);
        Assert.Contains("déclaré manquant", error.MessageFr);
        Assert.Contains("declared missing", error.MessageEn);
        Assert.Empty((await shipment.GetAsync(Staff)).Items[2].Events);
        Assert.Equal(0, (await shipment.GetFactsAsync(Staff, DateOnly.MinValue, DateOnly.MaxValue)).ComputersInstalled);
    }

    /// <summary>
    /// A damaged computer is there: it may be seen broken, repaired, then installed and seen working, and then it
    /// counts as installed like any other.
    /// </summary>
    [Fact]
    public async Task RecordItemEvent_DamagedItem_RecordedAndCountedInstalled()
    {
        var (_, shipment) = await ShippedAsync(Grains);
        await shipment.ConfirmItemsAsync(new ConfirmShipmentItems("check", South,
            [Item("i1", ReceiptVerdict.Received), Item("i2", ReceiptVerdict.Received), Item("i3", ReceiptVerdict.Damaged, "Charnière cassée")]));

        await shipment.RecordItemEventAsync(new RecordItemEvent("broken", South, "i3", ItemEventKind.SeenBroken, "Ne s'ouvre plus"));
        await shipment.RecordItemEventAsync(new RecordItemEvent("installed", South, "i3", ItemEventKind.Installed, "Réparé, bureau du maire"));
        var after = await shipment.RecordItemEventAsync(new RecordItemEvent("working", Staff, "i3", ItemEventKind.SeenWorking, null));

        Assert.Equal([ItemEventKind.SeenBroken, ItemEventKind.Installed, ItemEventKind.SeenWorking], after.Items[2].Events.Select(e => e.Kind));
        Assert.Equal(1, (await shipment.GetFactsAsync(Staff, DateOnly.MinValue, DateOnly.MaxValue)).ComputersInstalled);
    }

    /// <summary>Only the platform's seed states when its actions happened: a person's stated time is ignored, the grain's clock stands.</summary>
    [Fact]
    public async Task RecordItemEvent_PersonStatesAnEarlierTime_RecordedAtTheGrainsTime()
    {
        var (_, shipment) = await ReceivedAsync();

        var after = await shipment.RecordItemEventAsync(
            new RecordItemEvent("installed", South, "i1", ItemEventKind.Installed, null) { At = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero) });

        Assert.Equal(cluster.Time.GetUtcNow(), Assert.Single(after.Items[0].Events).At);
    }
}
