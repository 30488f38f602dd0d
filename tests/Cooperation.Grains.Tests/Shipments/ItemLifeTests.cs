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
}
