using Cooperation.Grains.Shipments;
using Cooperation.Grains.Shipments.Commands;
using static Cooperation.Grains.Tests.Shipments.TestShipments;

namespace Cooperation.Grains.Tests.Shipments;

[Collection(ClusterCollection.Name)]
public sealed class ShipmentGrainTests(ClusterFixture cluster)
{
    private static readonly Actor Staff = TestPartnerships.Staff;
    private static readonly Actor South = TestPartnerships.SouthAgent;
    private static readonly Actor SecondAgent = TestPartnerships.SecondSouthAgent;

    private IGrainFactory Grains => cluster.Grains;

    /// <summary>A prepared packing list numbers boxes and items in packing order and starts at "prepared".</summary>
    [Fact]
    public async Task Prepare_PackingList_NumberedAndPrepared()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);

        var shipment = await (await PreparedAsync(Grains, partnership)).GetAsync(Staff);

        Assert.Equal(ShipmentStatus.Prepared, shipment.Status);
        Assert.Equal(["b1", "b2"], shipment.Boxes.Select(b => b.Id));
        Assert.Equal([("i1", "b1", "DT-001"), ("i2", "b1", "SC-001"), ("i3", "b2", "LP-001")],
            shipment.Items.Select(i => (i.Id, i.BoxId, i.SerialNumber)));
        Assert.Equal(1, shipment.Version);
    }

    /// <summary>South agents do not prepare shipments; the refusal says who does.</summary>
    [Fact]
    public async Task Prepare_BySouthAgent_Forbidden()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var grain = Grains.GetGrain<IShipmentGrain>(ShipmentRules.KeyFor(partnership.GetPrimaryKeyString(), "p"));

        var error = await Assert.ThrowsAsync<DomainException>(() => grain.PrepareAsync(Prepare("p", South)));

        Assert.Equal(DomainErrorCode.Forbidden, error.Code);
    }

    /// <summary>A serial number twice in one packing list (whatever its case) is refused.</summary>
    [Fact]
    public async Task Prepare_DuplicateSerial_Refused()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var grain = Grains.GetGrain<IShipmentGrain>(ShipmentRules.KeyFor(partnership.GetPrimaryKeyString(), "p"));
        var command = Prepare("p") with
        {
            Boxes = [new PackedBox("Carton", [
                new PackedItem(ItemKind.Desktop, "DT-9", GradeA, "École de Ngor"),
                new PackedItem(ItemKind.Desktop, " dt-9 ", GradeA, "École de Ngor"),
            ])],
        };

        var error = await Assert.ThrowsAsync<DomainException>(() => grain.PrepareAsync(command));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
    }

    /// <summary>A prepare sent to a key its action id does not hash to is refused: clients cannot choose keys.</summary>
    [Fact]
    public async Task Prepare_KeyNotDerivedFromActionId_Refused()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var grain = Grains.GetGrain<IShipmentGrain>(ShipmentRules.KeyFor(partnership.GetPrimaryKeyString(), "other"));

        var error = await Assert.ThrowsAsync<DomainException>(() => grain.PrepareAsync(Prepare("p")));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
    }

    /// <summary>« Tout reçu » gives every item the verdict "received" in one action and the shipment is received.</summary>
    [Fact]
    public async Task Receive_AllInOneAction_EveryItemReceived()
    {
        var (_, grain) = await ShippedAsync(Grains);

        var result = await grain.ReceiveAsync(new ReceiveShipment("all", South, null));

        Assert.Equal(ShipmentStatus.Received, result.Shipment.Status);
        Assert.All(result.Shipment.Items, i => Assert.Equal((ReceiptVerdict.Received, South.Id), (i.Verdict!.Verdict, i.Verdict.By.Id)));
        Assert.Equal(3, result.Outcomes.Count);
        Assert.Empty(result.Shipment.Discrepancies);
    }

    /// <summary>A second receipt under a new id is a conflict naming when and by whom; the same id replays and changes nothing.</summary>
    [Fact]
    public async Task Receive_Twice_ConflictNamesFirstReceipt()
    {
        var (_, grain) = await ShippedAsync(Grains);
        await grain.ReceiveAsync(new ReceiveShipment("all", South, null));
        var version = (await grain.GetAsync(South)).Version;

        var replay = await grain.ReceiveAsync(new ReceiveShipment("all", South, null));
        var error = await Assert.ThrowsAsync<DomainException>(() => grain.ReceiveAsync(new ReceiveShipment("again", South, null)));

        Assert.Equal(version, replay.Shipment.Version);
        Assert.Equal(3, replay.Outcomes.Count);
        Assert.Equal(DomainErrorCode.Conflict, error.Code);
        Assert.StartsWith("Cet envoi a déjà été reçu le ", error.MessageFr);
        Assert.Contains(South.DisplayName, error.MessageFr);
        Assert.Equal(version, (await grain.GetAsync(South)).Version);
    }

    /// <summary>Item by item with a damaged and a missing item: being received, then received, and the sender's reconciliation list has both.</summary>
    [Fact]
    public async Task ConfirmItems_DamagedAndMissing_ReconciliationListForSender()
    {
        var (_, grain) = await ShippedAsync(Grains);

        var partial = await grain.ConfirmItemsAsync(new ConfirmShipmentItems("c1", South, [Item("i1", ReceiptVerdict.Received)]));
        var rest = await grain.ConfirmItemsAsync(new ConfirmShipmentItems("c2", South,
        [
            Item("i2", ReceiptVerdict.Damaged, "Dalle fêlée au déballage", "photo-i2"),
            Item("i3", ReceiptVerdict.Missing, "Absent du carton 2 à l'ouverture"),
        ]));
        var seenByNorth = await grain.GetAsync(Staff);

        Assert.Equal(ShipmentStatus.BeingReceived, partial.Shipment.Status);
        Assert.Equal(ShipmentStatus.Received, rest.Shipment.Status);
        Assert.Equal(
            [("i2", ReceiptVerdict.Damaged, "Dalle fêlée au déballage", "photo-i2"), ("i3", ReceiptVerdict.Missing, "Absent du carton 2 à l'ouverture", null)],
            seenByNorth.Discrepancies.Select(i => (i.Id, i.Verdict!.Verdict, i.Verdict.Reason, i.Verdict.PhotoId)));
    }

    /// <summary>Damaged or missing without a reason is refused, on an item line as on a box line, and nothing changes.</summary>
    [Theory]
    [InlineData(ReceiptVerdict.Damaged, false)]
    [InlineData(ReceiptVerdict.Missing, false)]
    [InlineData(ReceiptVerdict.Damaged, true)]
    [InlineData(ReceiptVerdict.Missing, true)]
    public async Task ConfirmItems_DiscrepancyWithoutReason_RefusedAndNothingChanges(ReceiptVerdict verdict, bool wholeBox)
    {
        var (_, grain) = await ShippedAsync(Grains);
        var version = (await grain.GetAsync(South)).Version;

        var error = await Assert.ThrowsAsync<DomainException>(() => grain.ConfirmItemsAsync(new ConfirmShipmentItems("c", South,
            [Item("i1", ReceiptVerdict.Received), wholeBox ? Box("b2", verdict, "  ") : Item("i2", verdict)])));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
        var after = await grain.GetAsync(South);
        Assert.Equal(version, after.Version);
        Assert.All(after.Items, i => Assert.Null(i.Verdict));
    }

    /// <summary>A box line covers its items; an item line in the same action wins over it.</summary>
    [Fact]
    public async Task ConfirmItems_BoxLineWithItemException_ItemLineWins()
    {
        var (_, grain) = await ShippedAsync(Grains);

        var result = await grain.ConfirmItemsAsync(new ConfirmShipmentItems("c", South,
            [Box("b1", ReceiptVerdict.Received), Item("i2", ReceiptVerdict.Damaged, "Écran rayé")]));

        Assert.Equal([("i1", ReceiptVerdict.Received), ("i2", ReceiptVerdict.Damaged)],
            result.Shipment.Items.Where(i => i.Verdict is not null).Select(i => (i.Id, i.Verdict!.Verdict)));
        Assert.Equal(ShipmentStatus.BeingReceived, result.Shipment.Status);
    }

    /// <summary>North staff cannot confirm a receipt.</summary>
    [Fact]
    public async Task ConfirmItems_ByNorth_Forbidden()
    {
        var (_, grain) = await ShippedAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            grain.ConfirmItemsAsync(new ConfirmShipmentItems("c", Staff, [Item("i1", ReceiptVerdict.Received)])));

        Assert.Equal(DomainErrorCode.Forbidden, error.Code);
    }

    /// <summary>Two agents on one item: the first verdict stands, a different one becomes a dispute, the same one changes nothing.</summary>
    [Fact]
    public async Task ConfirmItems_SecondAgent_FirstStandsDifferentDisputedSameNoOp()
    {
        var (partnership, grain) = await ShippedAsync(Grains);
        await partnership.SetMemberAsync(new SetPartnershipMember("member-south-2", Actor.Seed, SecondAgent.Id, SecondAgent.DisplayName, Cooperation.Grains.Accounts.MemberRole.SouthAgent));
        await grain.ConfirmItemsAsync(new ConfirmShipmentItems("a1", South, [Item("i1", ReceiptVerdict.Received)]));

        var same = await grain.ConfirmItemsAsync(new ConfirmShipmentItems("b1", SecondAgent, [Item("i1", ReceiptVerdict.Received)]));
        var different = await grain.ConfirmItemsAsync(new ConfirmShipmentItems("b2", SecondAgent, [Item("i1", ReceiptVerdict.Damaged, "Ne démarre pas")]));
        var again = await grain.ConfirmItemsAsync(new ConfirmShipmentItems("b3", SecondAgent, [Item("i1", ReceiptVerdict.Damaged, "Ne démarre pas")]));

        Assert.Equal(ConfirmationOutcome.Unchanged, Assert.Single(same.Outcomes).Outcome);
        Assert.Equal(ConfirmationOutcome.Disputed, Assert.Single(different.Outcomes).Outcome);
        Assert.Equal(ConfirmationOutcome.Unchanged, Assert.Single(again.Outcomes).Outcome);
        var item = (await grain.GetAsync(Staff)).Items[0];
        Assert.Equal((ReceiptVerdict.Received, South.Id), (item.Verdict!.Verdict, item.Verdict.By.Id));
        var dispute = Assert.Single(item.Disputes);
        Assert.Equal((ReceiptVerdict.Damaged, SecondAgent.Id, "Ne démarre pas"), (dispute.Verdict, dispute.By.Id, dispute.Reason));
        Assert.Contains("i1", (await grain.GetAsync(Staff)).Discrepancies.Select(i => i.Id));
        Assert.Equal(different.Shipment.Version, again.Shipment.Version);
    }

    /// <summary>
    /// The agent's phone changed a verdict whose action had arrived (its answer lost) and sent the change in its place:
    /// her own verdict is corrected, with no dispute and one history line saying from what to what. The same replacement
    /// from another agent, or naming an action that set no verdict, stays a dispute.
    /// </summary>
    [Fact]
    public async Task ConfirmItems_OwnCorrectionReplacingAppliedAction_CorrectedNotDisputed()
    {
        var (partnership, grain) = await ShippedAsync(Grains);
        await partnership.SetMemberAsync(new SetPartnershipMember("member-south-2", Actor.Seed, SecondAgent.Id, SecondAgent.DisplayName, Cooperation.Grains.Accounts.MemberRole.SouthAgent));
        await grain.ConfirmItemsAsync(new ConfirmShipmentItems("a1", South, [Item("i1", ReceiptVerdict.Damaged, "Écran fêlé"), Item("i2", ReceiptVerdict.Received)]));

        var corrected = await grain.ConfirmItemsAsync(new ConfirmShipmentItems("a2", South, [Item("i1", ReceiptVerdict.Received)], Replaces: ["a1"]));
        var byOther = await grain.ConfirmItemsAsync(new ConfirmShipmentItems("b1", SecondAgent, [Item("i2", ReceiptVerdict.Missing, "Absent")], Replaces: ["a1"]));
        var repeat = await grain.ConfirmItemsAsync(new ConfirmShipmentItems("a2", South, [Item("i1", ReceiptVerdict.Received)], Replaces: ["a1"]));

        Assert.Equal(ConfirmationOutcome.Recorded, Assert.Single(corrected.Outcomes).Outcome);
        Assert.Equal(ConfirmationOutcome.Disputed, Assert.Single(byOther.Outcomes).Outcome);
        Assert.Equal(ConfirmationOutcome.Recorded, Assert.Single(repeat.Outcomes).Outcome);
        var shipment = await grain.GetAsync(Staff);
        var i1 = shipment.Items[0];
        Assert.Equal((ReceiptVerdict.Received, "a2"), (i1.Verdict!.Verdict, i1.Verdict.ClientMutationId));
        Assert.Empty(i1.Disputes);
        Assert.Single(shipment.Items[1].Disputes);
        Assert.Equal(byOther.Shipment.Version, repeat.Shipment.Version);
    }

    /// <summary>Receipt cannot start before the shipment left.</summary>
    [Fact]
    public async Task Receive_BeforeShipped_Refused()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var grain = await PreparedAsync(Grains, partnership);

        var error = await Assert.ThrowsAsync<DomainException>(() => grain.ReceiveAsync(new ReceiveShipment("r", South, null)));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
    }

    /// <summary>The North moves a shipment forward only; marking the same step twice changes nothing.</summary>
    [Fact]
    public async Task Advance_ForwardOnly_SameStepNoOp()
    {
        var (_, grain) = await ShippedAsync(Grains);
        var arrived = await grain.AdvanceAsync(new AdvanceShipment("arr", Staff, ShipmentStatus.Arrived));

        var same = await grain.AdvanceAsync(new AdvanceShipment("arr2", Staff, ShipmentStatus.Arrived));
        var back = await Assert.ThrowsAsync<DomainException>(() => grain.AdvanceAsync(new AdvanceShipment("back", Staff, ShipmentStatus.InTransit)));

        Assert.Equal(ShipmentStatus.Arrived, arrived.Status);
        Assert.Equal(arrived.Version, same.Version);
        Assert.Equal(DomainErrorCode.Validation, back.Code);
    }

    /// <summary>The North reconciles only after receipt.</summary>
    [Fact]
    public async Task Reconcile_AfterReceipt_Reconciled()
    {
        var (_, grain) = await ShippedAsync(Grains);
        var early = await Assert.ThrowsAsync<DomainException>(() => grain.ReconcileAsync(new ReconcileShipment("early", Staff, null)));
        await grain.ReceiveAsync(new ReceiveShipment("all", South, null));

        var reconciled = await grain.ReconcileAsync(new ReconcileShipment("rec", Staff, "Rien à signaler."));

        Assert.Equal(DomainErrorCode.Validation, early.Code);
        Assert.Equal((ShipmentStatus.Reconciled, "Rien à signaler."), (reconciled.Status, reconciled.ReconciliationNote));
    }

    /// <summary>A serial number's life, across two shipments of the partnership, is found through the index.</summary>
    [Fact]
    public async Task SerialNumberHistory_AcrossShipments_WholeLife()
    {
        var (partnership, first) = await ShippedAsync(Grains);
        await first.ConfirmItemsAsync(new ConfirmShipmentItems("c", South, [Item("i1", ReceiptVerdict.Damaged, "Alimentation HS")]));
        await first.RecordItemEventAsync(new RecordItemEvent("e1", Staff, "i1", ItemEventKind.SeenBroken, "Retour à Besançon pour réparation"));
        var second = await PreparedAsync(Grains, partnership, "prepare-2");
        var slug = partnership.GetPrimaryKeyString();

        var keys = await Grains.GetGrain<IShipmentIndexGrain>(slug).FindSerialAsync(Staff, "dt-001");
        var lives = await Task.WhenAll(keys.Select(k => Grains.GetGrain<IShipmentGrain>(k).GetSerialNumberHistoryAsync(Staff, "DT-001")));

        Assert.Equal([first.GetPrimaryKeyString(), second.GetPrimaryKeyString()], keys);
        Assert.Equal(
            [ItemLifeEventKind.Packed, ItemLifeEventKind.Shipped, ItemLifeEventKind.Checked, ItemLifeEventKind.SeenBroken],
            lives[0].Select(e => e.Kind));
        Assert.Equal([ItemLifeEventKind.Packed], lives[1].Select(e => e.Kind));
        Assert.Equal([first.GetPrimaryKeyString(), second.GetPrimaryKeyString()], await Grains.GetGrain<IShipmentIndexGrain>(slug).ListAsync(South));
    }

    /// <summary>An item's life starts after its receipt; third partners do not record it.</summary>
    [Fact]
    public async Task RecordItemEvent_BeforeReceiptOrByThirdPartner_Refused()
    {
        var (_, grain) = await ShippedAsync(Grains);

        var early = await Assert.ThrowsAsync<DomainException>(() =>
            grain.RecordItemEventAsync(new RecordItemEvent("e", South, "i1", ItemEventKind.Installed, null)));
        await grain.ReceiveAsync(new ReceiveShipment("all", South, null));
        var third = await Assert.ThrowsAsync<DomainException>(() =>
            grain.RecordItemEventAsync(new RecordItemEvent("e2", TestPartnerships.Researcher, "i1", ItemEventKind.Installed, null)));
        var installed = await grain.RecordItemEventAsync(new RecordItemEvent("e3", South, "i1", ItemEventKind.Installed, "Salle multimédia"));

        Assert.Equal(DomainErrorCode.Validation, early.Code);
        Assert.Equal(DomainErrorCode.Forbidden, third.Code);
        Assert.Equal(ItemEventKind.Installed, Assert.Single(installed.Items[0].Events).Kind);
    }

    /// <summary>
    /// A partnership's page reads its shipments through the index, which asks the partnership once: members get every
    /// shipment as it is, an outsider the same refusal as from a shipment itself.
    /// </summary>
    [Fact]
    public async Task ReadAll_ThroughIndex_MembersGetEveryShipmentOutsidersRefused()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var first = await (await PreparedAsync(Grains, partnership, "premier")).GetAsync(Staff);
        var second = await (await PreparedAsync(Grains, partnership, "second")).GetAsync(Staff);
        var index = Grains.GetGrain<IShipmentIndexGrain>(partnership.GetPrimaryKeyString());

        var read = await index.ReadAllAsync(South);
        var refused = await Assert.ThrowsAsync<DomainException>(() => index.ReadAllAsync(TestPartnerships.Outsider));

        Assert.Equal([first.Key, second.Key], read.Select(s => s.Key));
        Assert.Equal([first.Version, second.Version], read.Select(s => s.Version));
        Assert.Equal(DomainErrorCode.Forbidden, refused.Code);
    }

    /// <summary>Outsiders get the same refusal whether or not the shipment exists.</summary>
    [Fact]
    public async Task Get_ByOutsider_ForbiddenWhetherOrNotItExists()
    {
        var (partnership, grain) = await ShippedAsync(Grains);
        var missing = Grains.GetGrain<IShipmentGrain>(ShipmentRules.KeyFor(partnership.GetPrimaryKeyString(), "nothing"));

        var onExisting = await Assert.ThrowsAsync<DomainException>(() => grain.GetAsync(TestPartnerships.Outsider));
        var onMissing = await Assert.ThrowsAsync<DomainException>(() => missing.GetAsync(TestPartnerships.Outsider));
        var forMember = await Assert.ThrowsAsync<DomainException>(() => missing.GetAsync(TestPartnerships.Researcher));

        Assert.Equal((onExisting.Code, onExisting.MessageFr), (onMissing.Code, onMissing.MessageFr));
        Assert.Equal(DomainErrorCode.NotFound, forMember.Code);
    }

    /// <summary>Each change puts the shipment in the partnership's change feed at its new version.</summary>
    [Fact]
    public async Task Changes_AfterReceipt_ShipmentInFeedAtLatestVersion()
    {
        var (partnership, grain) = await ShippedAsync(Grains);
        var cursor = (await partnership.GetChangesAsync(Staff, 0)).Cursor;

        var received = await grain.ReceiveAsync(new ReceiveShipment("all", South, null));
        var changes = await partnership.GetChangesAsync(Staff, cursor);

        var entry = Assert.Single(changes.Entities);
        Assert.Equal((ShipmentGrain.Kind, grain.GetPrimaryKeyString(), received.Shipment.Version), (entry.Kind, entry.EntityId, entry.EntityVersion));
        Assert.Empty((await partnership.GetChangesAsync(Staff, changes.Cursor)).Entities);
    }
}
