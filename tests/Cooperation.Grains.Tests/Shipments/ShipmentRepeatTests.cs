using Cooperation.Grains.Accounts;
using Cooperation.Grains.Shipments;
using Cooperation.Grains.Shipments.Commands;
using Cooperation.Grains.Tests.Missions;
using static Cooperation.Grains.Tests.Shipments.TestShipments;

namespace Cooperation.Grains.Tests.Shipments;

/// <summary>A repeated action id answers only its sender, about the items it named, with today's rights.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ShipmentRepeatTests(ClusterFixture cluster)
{
    private static readonly Actor Staff = TestPartnerships.Staff;
    private static readonly Actor South = TestPartnerships.SouthAgent;
    private static readonly Actor SecondAgent = TestPartnerships.SecondSouthAgent;

    private IGrainFactory Grains => cluster.Grains;

    /// <summary>A shipped shipment with a second South agent, i1 confirmed received by the first one under "confirm-i1".</summary>
    private async Task<(IPartnershipGrain Partnership, IShipmentGrain Shipment, ShipmentConfirmation First)> ConfirmedAsync()
    {
        var (partnership, shipment) = await ShippedAsync(Grains);
        await partnership.SetMemberAsync(new SetPartnershipMember("member-south-2", Actor.Seed, SecondAgent.Id, SecondAgent.DisplayName, MemberRole.SouthAgent));
        var first = await shipment.ConfirmItemsAsync(new ConfirmShipmentItems("confirm-i1", South, [Item("i1", ReceiptVerdict.Received)]));
        return (partnership, shipment, first);
    }

    /// <summary>The same agent, command and items: the first outcomes, the shipment unchanged.</summary>
    [Fact]
    public async Task ConfirmItems_SamePersonSameItems_FirstOutcomes()
    {
        var (_, shipment, first) = await ConfirmedAsync();

        var repeat = await shipment.ConfirmItemsAsync(new ConfirmShipmentItems("confirm-i1", South, [Item("i1", ReceiptVerdict.Received)]));

        TestMissions.AssertSame(first.Outcomes, repeat.Outcomes);
        Assert.Equal(first.Shipment.Version, repeat.Shipment.Version);
    }

    /// <summary>One's own id sent about other items is refused, and those items get no verdict.</summary>
    [Fact]
    public async Task ConfirmItems_SameIdOtherItems_ConflictNothingChanged()
    {
        var (_, shipment, first) = await ConfirmedAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            shipment.ConfirmItemsAsync(new ConfirmShipmentItems("confirm-i1", South, [Item("i2", ReceiptVerdict.Received)])));

        Assert.Equal(DomainErrorCode.Conflict, error.Code);
        var now = await shipment.GetAsync(Staff);
        Assert.Null(now.Items.Single(i => i.Id == "i2").Verdict);
        Assert.Equal(first.Shipment.Version, now.Version);
    }

    /// <summary>Another agent's id, about the very items it confirmed, is refused: its outcomes are its sender's.</summary>
    [Fact]
    public async Task ConfirmItems_AnotherPersonsId_Conflict()
    {
        var (_, shipment, first) = await ConfirmedAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            shipment.ConfirmItemsAsync(new ConfirmShipmentItems("confirm-i1", SecondAgent, [Item("i1", ReceiptVerdict.Received)])));

        Assert.Equal(DomainErrorCode.Conflict, error.Code);
        Assert.Equal(first.Shipment.Version, (await shipment.GetAsync(Staff)).Version);
    }

    /// <summary>An item's life event repeated about another item is refused; repeated about the same one, nothing is added.</summary>
    [Fact]
    public async Task RecordItemEvent_SameIdOtherItem_Conflict()
    {
        var (_, shipment, _) = await ConfirmedAsync();
        await shipment.ReceiveAsync(new ReceiveShipment("receive", South, null));
        var installed = await shipment.RecordItemEventAsync(new RecordItemEvent("installed", Staff, "i1", ItemEventKind.Installed, "Salle de Ngor"));

        var repeat = await shipment.RecordItemEventAsync(new RecordItemEvent("installed", Staff, "i1", ItemEventKind.Installed, "Salle de Ngor"));
        var otherItem = await Assert.ThrowsAsync<DomainException>(() =>
            shipment.RecordItemEventAsync(new RecordItemEvent("installed", Staff, "i2", ItemEventKind.Installed, "Salle de Ngor")));

        Assert.Equal(installed.Version, repeat.Version);
        Assert.Equal(DomainErrorCode.Conflict, otherItem.Code);
        Assert.Empty((await shipment.GetAsync(Staff)).Items.Single(i => i.Id == "i2").Events);
    }

    /// <summary>Preparing under someone else's action id (the same shipment key) is refused, not answered with their packing list.</summary>
    [Fact]
    public async Task Prepare_AnotherPersonsId_Conflict()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var otherStaff = new Actor("agent2@besancon.example", "Deuxième agent de Besançon");
        await partnership.SetMemberAsync(new SetPartnershipMember("member-north-2", Actor.Seed, otherStaff.Id, otherStaff.DisplayName, MemberRole.NorthStaff));
        var shipment = await PreparedAsync(Grains, partnership);

        var error = await Assert.ThrowsAsync<DomainException>(() => shipment.PrepareAsync(Prepare("prepare", otherStaff)));

        Assert.Equal(DomainErrorCode.Conflict, error.Code);
        Assert.Equal(ActionReceipts.Reused("prepare").Message, error.Message);
    }

    /// <summary>A repeat is checked against today's rights: an agent who left the partnership is refused, not answered.</summary>
    [Fact]
    public async Task ConfirmItems_RepeatAfterLeaving_Forbidden()
    {
        var (partnership, shipment, _) = await ConfirmedAsync();
        await partnership.SetMemberAsync(new SetPartnershipMember("south-leaves", Actor.Seed, South.Id, South.DisplayName, null));

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            shipment.ConfirmItemsAsync(new ConfirmShipmentItems("confirm-i1", South, [Item("i1", ReceiptVerdict.Received)])));

        Assert.Equal(DomainErrorCode.Forbidden, error.Code);
    }
}
