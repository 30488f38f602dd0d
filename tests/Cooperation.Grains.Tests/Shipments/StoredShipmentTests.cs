using Cooperation.Grains.Accounts;
using Cooperation.Grains.Shipments;
using Cooperation.Grains.Shipments.Commands;
using Cooperation.Grains.Tests.Missions;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;
using static Cooperation.Grains.Tests.Shipments.TestShipments;

namespace Cooperation.Grains.Tests.Shipments;

/// <summary>
/// A shipment stored by the version before, whose receipts kept each action's item outcomes, reads as it was: its
/// repeats answer what the first application answered, and it takes new verdicts.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class StoredShipmentTests(ClusterFixture cluster)
{
    // The serializer the silo stores grain state with (UseSystemTextJsonGrainStorageSerializer).
    private static readonly SystemTextJsonGrainStorageSerializer Json = new(Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));

    private static readonly Actor South = TestPartnerships.SouthAgent;

    /// <summary>
    /// A shipment being received, as the version before wrote it: i1 received by the South agent ("confirm-i1"); i2
    /// received by a second agent, then disputed as damaged by the first ("confirm-i2"); i3 not checked yet.
    /// </summary>
    private const string StoredBefore = """
        {"Created":true,"Title":"Envoi de rentrée — écoles de Dakar","Status":4,
         "Boxes":[{"Id":"b1","Label":"Carton 1 — École élémentaire de Ngor"},{"Id":"b2","Label":"Carton 2 — Mairie de Yoff"}],
         "Items":[
          {"Id":"i1","BoxId":"b1","Kind":0,"SerialNumber":"DT-001","Refurbishment":{"DataWiped":true,"SystemInstalled":"Linux Mint 22 Xfce","Tested":true,"Grade":0},"Destination":"École élémentaire de Ngor, Dakar",
           "Verdict":{"Verdict":0,"By":{"Id":"agent@education.sn.example","DisplayName":"Agente de l'Éducation nationale"},"At":"2026-11-20T09:15:00+00:00","ClientMutationId":"confirm-i1"},"Disputes":[],"Events":[],"ChangedIn":3},
          {"Id":"i2","BoxId":"b1","Kind":2,"SerialNumber":"SC-001","Refurbishment":{"DataWiped":true,"Tested":true,"Grade":0},"Destination":"École élémentaire de Ngor, Dakar",
           "Verdict":{"Verdict":0,"By":{"Id":"agent2@education.sn.example","DisplayName":"Deuxième agent"},"At":"2026-11-20T09:20:00+00:00","ClientMutationId":"confirm-i2-first"},
           "Disputes":[{"Verdict":1,"Reason":"Écran fêlé","By":{"Id":"agent@education.sn.example","DisplayName":"Agente de l'Éducation nationale"},"At":"2026-11-20T09:30:00+00:00","ClientMutationId":"confirm-i2"}],"Events":[],"ChangedIn":5},
          {"Id":"i3","BoxId":"b2","Kind":1,"SerialNumber":"LP-001","Refurbishment":{"DataWiped":true,"SystemInstalled":"Linux Mint 22 Xfce","Tested":true,"Grade":1},"Destination":"Mairie de Yoff, Dakar","Disputes":[],"Events":[],"ChangedIn":0}],
         "Timeline":[
          {"Status":0,"At":"2026-11-02T08:00:00+00:00","By":{"Id":"agent@besancon.example","DisplayName":"Agent de Besançon"}},
          {"Status":1,"At":"2026-11-03T08:00:00+00:00","By":{"Id":"agent@besancon.example","DisplayName":"Agent de Besançon"}},
          {"Status":4,"At":"2026-11-20T09:15:00+00:00","By":{"Id":"agent@education.sn.example","DisplayName":"Agente de l'Éducation nationale"}}],
         "History":[
          {"Revision":1,"At":"2026-11-02T08:00:00+00:00","Actor":{"Id":"agent@besancon.example","DisplayName":"Agent de Besançon"},"Action":"ShipmentPrepared","SubjectId":"KEY","NewValue":"2 cartons, 3 articles / 2 boxes, 3 items","ClientMutationId":"prepare"},
          {"Revision":2,"At":"2026-11-03T08:00:00+00:00","Actor":{"Id":"agent@besancon.example","DisplayName":"Agent de Besançon"},"Action":"ShipmentShipped","SubjectId":"KEY","Field":"status","OldValue":"Prepared","NewValue":"Shipped","ClientMutationId":"ship"},
          {"Revision":3,"At":"2026-11-20T09:15:00+00:00","Actor":{"Id":"agent@education.sn.example","DisplayName":"Agente de l'Éducation nationale"},"Action":"ItemReceived","SubjectId":"i1","Field":"verdict","NewValue":"Received","ClientMutationId":"confirm-i1"},
          {"Revision":4,"At":"2026-11-20T09:20:00+00:00","Actor":{"Id":"agent2@education.sn.example","DisplayName":"Deuxième agent"},"Action":"ItemReceived","SubjectId":"i2","Field":"verdict","NewValue":"Received","ClientMutationId":"confirm-i2-first"},
          {"Revision":5,"At":"2026-11-20T09:30:00+00:00","Actor":{"Id":"agent@education.sn.example","DisplayName":"Agente de l'Éducation nationale"},"Action":"ItemVerdictDisputed","SubjectId":"i2","Field":"verdict","OldValue":"Received","NewValue":"Damaged: Écran fêlé","ClientMutationId":"confirm-i2"}],
         "Receipts":{
          "prepare":{"Kind":"PrepareShipment","Version":1,"Outcomes":[],"ActorId":"agent@besancon.example"},
          "ship":{"Kind":"AdvanceShipment","Version":2,"Outcomes":[],"ActorId":"agent@besancon.example"},
          "confirm-i1":{"Kind":"ConfirmShipmentItems","Version":3,"Outcomes":[{"ItemId":"i1","Outcome":0,"MessageFr":"Verdict enregistré : reçu.","MessageEn":"Verdict recorded: received."}],"ActorId":"agent@education.sn.example","Subject":"item:i1"},
          "confirm-i2-first":{"Kind":"ConfirmShipmentItems","Version":4,"Outcomes":[{"ItemId":"i2","Outcome":0,"MessageFr":"Verdict enregistré : reçu.","MessageEn":"Verdict recorded: received."}],"ActorId":"agent2@education.sn.example","Subject":"item:i2"},
          "confirm-i2":{"Kind":"ConfirmShipmentItems","Version":5,"Outcomes":[{"ItemId":"i2","Outcome":2,"MessageFr":"« SC-001 » : Deuxième agent l'a déjà confirmé reçu le 20 novembre 2026 à 09:20 UTC ; ce verdict est gardé. Le vôtre (abîmé) est enregistré comme contestation, visible des deux côtés.","MessageEn":"'SC-001': Deuxième agent already confirmed it received on 2026-11-20 09:20 UTC; that verdict stands. Yours (damaged) is kept as a dispute both sides see."}],"ActorId":"agent@education.sn.example","Subject":"item:i2"}},
         "Version":5,"FeedPending":false,"UpdatedAt":"2026-11-20T09:30:00+00:00"}
        """;

    private async Task<(IShipmentGrain Shipment, ShipmentState Stored)> StoredAsync()
    {
        var partnership = await TestPartnerships.NewAsync(cluster.Grains);
        var second = TestPartnerships.SecondSouthAgent;
        await partnership.SetMemberAsync(new SetPartnershipMember("member-south-2", Actor.Seed, second.Id, second.DisplayName, MemberRole.SouthAgent));
        var key = ShipmentRules.KeyFor(partnership.GetPrimaryKeyString(), "prepare");
        var stored = Json.Deserialize<ShipmentState>(BinaryData.FromString(StoredBefore.Replace("KEY", key)))!;
        var shipment = cluster.Grains.GetGrain<IShipmentGrain>(key);
        await cluster.StoreAsync(shipment, "shipment", stored);
        return (shipment, stored);
    }

    /// <summary>Receipts that kept outcomes read as plain receipts: who sent each action, and what it named.</summary>
    [Fact]
    public void Deserialize_ReceiptsWithOutcomes_ReadAsActionReceipts()
    {
        var stored = Json.Deserialize<ShipmentState>(BinaryData.FromString(StoredBefore))!;

        Assert.Equal(new ActionReceipt(nameof(ConfirmShipmentItems), 5, South.Id, "item:i2"), stored.Receipts["confirm-i2"]);
        Assert.Equal(5, stored.History.Count);
        Assert.Equal((5L, ShipmentStatus.BeingReceived), (stored.Version, stored.Status));
    }

    /// <summary>Each repeat answers the outcomes the version before stored for it, recorded or disputed, and changes nothing.</summary>
    [Fact]
    public async Task ConfirmItems_RepeatOfStoredActions_StoredOutcomes()
    {
        var (shipment, _) = await StoredAsync();
        var before = Json.Deserialize<StoredOutcomes>(BinaryData.FromString(StoredBefore))!;

        var recorded = await shipment.ConfirmItemsAsync(new ConfirmShipmentItems("confirm-i1", South, [Item("i1", ReceiptVerdict.Received)]));
        var disputed = await shipment.ConfirmItemsAsync(
            new ConfirmShipmentItems("confirm-i2", South, [Item("i2", ReceiptVerdict.Damaged, "Écran fêlé")]));

        TestMissions.AssertSame(before.Receipts["confirm-i1"].Outcomes, recorded.Outcomes);
        TestMissions.AssertSame(before.Receipts["confirm-i2"].Outcomes, disputed.Outcomes);
        Assert.Equal((5L, 5L), (recorded.Shipment.Version, disputed.Shipment.Version));
    }

    /// <summary>The stored shipment takes the next verdict as any other, and answers its receipt's rule of today.</summary>
    [Fact]
    public async Task ConfirmItems_NewVerdictOnStoredShipment_ReceivedAndAnotherPersonsIdRefused()
    {
        var (shipment, _) = await StoredAsync();

        var received = await shipment.ConfirmItemsAsync(new ConfirmShipmentItems("confirm-i3", South, [Item("i3", ReceiptVerdict.Received)]));
        var reused = await Assert.ThrowsAsync<DomainException>(() => shipment.ConfirmItemsAsync(
            new ConfirmShipmentItems("confirm-i1", TestPartnerships.SecondSouthAgent, [Item("i1", ReceiptVerdict.Received)])));

        Assert.Equal((6L, ShipmentStatus.Received), (received.Shipment.Version, received.Shipment.Status));
        Assert.Equal(DomainErrorCode.Conflict, reused.Code);
    }

    /// <summary>The receipts as the version before wrote them, outcomes included.</summary>
    private sealed record StoredOutcomes(Dictionary<string, StoredReceipt> Receipts);

    private sealed record StoredReceipt(IReadOnlyList<ItemOutcome> Outcomes);
}
