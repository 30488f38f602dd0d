using static Cooperation.GraphQL.Tests.Shipments.ShipmentRequests;

namespace Cooperation.GraphQL.Tests.Shipments;

[Collection(ApiCollection.Name)]
public sealed class ShipmentApiTests(ApiFixture api)
{
    private const string Seneclic = "seneclic";

    private Task<string> MarcAsync() => api.TokenAsync(People.BesanconNorth);

    private Task<string> FatouAsync() => api.TokenAsync(SeneclicSouth);

    private async Task<string> ShippedAsync(string? suffix = null) =>
        await ShipmentRequests.ShippedAsync(api.Http, await MarcAsync(), Seneclic, suffix ?? Guid.NewGuid().ToString("N")[..10].ToUpperInvariant());

    private async Task<JsonNode> ReadAsync(string id, string token) =>
        (await api.Http.PostGraphQLAsync(Read, new { id }, token)).Body["data"]!["shipment"]!;

    /// <summary>Fatou receives a whole shipment in one action; a resend of the same action changes nothing; a second receipt is a conflict naming the first.</summary>
    [Fact]
    public async Task ReceiveShipment_OneActionThenRepeatAndSecondReceipt_OnlyFirstCounts()
    {
        var id = await ShippedAsync();
        var clientMutationId = NewId("receive");

        var (_, first) = await api.Http.PostGraphQLAsync(Receive, new { i = new { clientMutationId, shipmentId = id } }, await FatouAsync());
        var (_, repeat) = await api.Http.PostGraphQLAsync(Receive, new { i = new { clientMutationId, shipmentId = id } }, await FatouAsync());
        var (_, second) = await api.Http.PostGraphQLAsync(Receive, new { i = new { clientMutationId = NewId("receive"), shipmentId = id } }, await FatouAsync());

        var shipment = first["data"]!["receiveShipment"]!["shipment"]!;
        Assert.Equal("RECEIVED", shipment["status"]!.GetValue<string>());
        Assert.Equal(3, shipment["checkedCount"]!.GetValue<int>());
        Assert.StartsWith("Fatou Ndiaye", shipment["receivedBy"]!.GetValue<string>());
        Assert.Equal(first.ToJsonString(), repeat.ToJsonString());
        Assert.Equal("CONFLICT", second.ErrorCode());
        Assert.StartsWith("Cet envoi a déjà été reçu le ", second.ErrorMessage());
        Assert.Contains("par Fatou Ndiaye", second.ErrorMessage());
        Assert.Equal(shipment["version"]!.GetValue<long>(), (await ReadAsync(id, await MarcAsync()))["version"]!.GetValue<long>());
    }

    /// <summary>
    /// Fatou checks item by item with a damaged and a missing item (each with its reason); a resend changes nothing;
    /// Marc, in Besançon, then sees the reconciliation list.
    /// </summary>
    [Fact]
    public async Task ConfirmShipmentItems_DamagedAndMissing_SenderSeesReconciliation()
    {
        var id = await ShippedAsync();
        var clientMutationId = NewId("confirm");
        var input = new
        {
            i = new
            {
                clientMutationId,
                shipmentId = id,
                verdicts = new object[]
                {
                    new { itemId = "i1", verdict = "RECEIVED" },
                    new { itemId = "i2", verdict = "DAMAGED", reason = "Dalle fêlée au déballage", photoId = "photo-2026-0412-i2" },
                    new { itemId = "i3", verdict = "MISSING", reason = "Absent du carton 2" },
                },
            },
        };

        var (_, first) = await api.Http.PostGraphQLAsync(Confirm, input, await FatouAsync());
        var (_, repeat) = await api.Http.PostGraphQLAsync(Confirm, input, await FatouAsync());
        var seen = await ReadAsync(id, await MarcAsync());

        Assert.True(first["errors"] is null, first.ToJsonString());
        Assert.Equal(first.ToJsonString(), repeat.ToJsonString());
        Assert.Equal("RECEIVED", seen["status"]!.GetValue<string>());
        var lines = seen["reconciliation"]!.AsArray().Select(l => (
            l!["id"]!.GetValue<string>(), l["verdict"]!["verdict"]!.GetValue<string>(), l["verdict"]!["reason"]!.GetValue<string>(),
            l["verdict"]!["by"]!.GetValue<string>().StartsWith("Fatou Ndiaye", StringComparison.Ordinal))).ToList();
        Assert.Equal([("i2", "DAMAGED", "Dalle fêlée au déballage", true), ("i3", "MISSING", "Absent du carton 2", true)], lines);
        Assert.Equal("photo-2026-0412-i2", seen["reconciliation"]![0]!["verdict"]!["photoId"]!.GetValue<string>());
        Assert.Equal(first["data"]!["confirmShipmentItems"]!["shipment"]!["version"]!.GetValue<long>(), seen["version"]!.GetValue<long>());
    }

    /// <summary>Damaged or missing without a reason is VALIDATION, on an item or a whole box, and nothing changes.</summary>
    [Theory]
    [InlineData("itemId", "i2", "DAMAGED")]
    [InlineData("itemId", "i3", "MISSING")]
    [InlineData("boxId", "b2", "MISSING")]
    public async Task ConfirmShipmentItems_DiscrepancyWithoutReason_Validation(string target, string targetId, string verdict)
    {
        var id = await ShippedAsync();
        var before = await ReadAsync(id, await MarcAsync());
        var line = new Dictionary<string, object?> { [target] = targetId, ["verdict"] = verdict, ["reason"] = " " };

        var (_, body) = await api.Http.PostGraphQLAsync(Confirm,
            new { i = new { clientMutationId = NewId("confirm"), shipmentId = id, verdicts = new object[] { new { itemId = "i1", verdict = "RECEIVED" }, line } } },
            await FatouAsync());

        Assert.Equal("VALIDATION", body.ErrorCode());
        Assert.Contains("raison", body.ErrorMessage());
        Assert.Equal(before.ToJsonString(), (await ReadAsync(id, await MarcAsync())).ToJsonString());
    }

    /// <summary>The North cannot confirm a receipt, and the South cannot prepare a shipment: FORBIDDEN.</summary>
    [Fact]
    public async Task Sides_NorthConfirmsOrSouthPrepares_Forbidden()
    {
        var id = await ShippedAsync();

        var (northStatus, north) = await api.Http.PostGraphQLAsync(Confirm,
            new { i = new { clientMutationId = NewId("confirm"), shipmentId = id, verdicts = new object[] { new { boxId = "b1", verdict = "RECEIVED" } } } },
            await MarcAsync());
        var (southStatus, south) = await api.Http.PostGraphQLAsync(Prepare, PrepareInput(NewId("prepare"), Seneclic, "X1"), await FatouAsync());
        var (_, receiveByNorth) = await api.Http.PostGraphQLAsync(Receive, new { i = new { clientMutationId = NewId("receive"), shipmentId = id } }, await MarcAsync());

        Assert.Equal(("FORBIDDEN", HttpStatusCode.Forbidden), (north.ErrorCode(), northStatus));
        Assert.Equal(("FORBIDDEN", HttpStatusCode.Forbidden), (south.ErrorCode(), southStatus));
        Assert.Equal("FORBIDDEN", receiveByNorth.ErrorCode());
        Assert.Equal(0, (await ReadAsync(id, await MarcAsync()))["checkedCount"]!.GetValue<int>());
    }

    /// <summary>Two agents on one item: the first verdict stands, a different later one is a dispute both sides see, told to its author.</summary>
    [Fact]
    public async Task ConfirmShipmentItems_SecondAgentDisagrees_DisputeVisibleToBothSides()
    {
        var id = await ShippedAsync();
        var admin = await api.TokenAsync(People.Administrator);
        await api.Http.PostGraphQLAsync(Confirm,
            new { i = new { clientMutationId = NewId("confirm"), shipmentId = id, verdicts = new object[] { new { itemId = "i1", verdict = "RECEIVED" } } } },
            await FatouAsync());

        var (_, later) = await api.Http.PostGraphQLAsync(Confirm,
            new { i = new { clientMutationId = NewId("confirm"), shipmentId = id, verdicts = new object[] { new { itemId = "i1", verdict = "DAMAGED", reason = "Ne démarre pas" } } } },
            admin);
        var (_, same) = await api.Http.PostGraphQLAsync(Confirm,
            new { i = new { clientMutationId = NewId("confirm"), shipmentId = id, verdicts = new object[] { new { itemId = "i1", verdict = "RECEIVED" } } } },
            admin);

        var outcome = later["data"]!["confirmShipmentItems"]!["outcomes"]![0]!;
        Assert.Equal("DISPUTED", outcome["outcome"]!.GetValue<string>());
        Assert.Contains("Fatou Ndiaye", outcome["message"]!.GetValue<string>());
        Assert.Equal("UNCHANGED", same["data"]!["confirmShipmentItems"]!["outcomes"]![0]!["outcome"]!.GetValue<string>());
        foreach (var token in new[] { await MarcAsync(), await FatouAsync() })
        {
            var item = (await ReadAsync(id, token))["reconciliation"]!.AsArray().Single()!;
            Assert.Equal("RECEIVED", item["verdict"]!["verdict"]!.GetValue<string>());
            var dispute = item["disputes"]!.AsArray().Single()!;
            Assert.Equal(("DAMAGED", "Ne démarre pas"), (dispute["verdict"]!.GetValue<string>(), dispute["reason"]!.GetValue<string>()));
        }
    }

    /// <summary>A serial number's whole life — packed, shipped, checked, installed, seen working — is one query, newest step first.</summary>
    [Fact]
    public async Task SerialNumberHistory_AfterReceiptAndInstallation_WholeLife()
    {
        var suffix = Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var id = await ShippedAsync(suffix);
        await api.Http.PostGraphQLAsync(Receive, new { i = new { clientMutationId = NewId("receive"), shipmentId = id } }, await FatouAsync());
        const string record = "mutation($i: RecordItemEventInput!) { recordItemEvent(input: $i) { clientMutationId } }";
        var (_, installed) = await api.Http.PostGraphQLAsync(record,
            new { i = new { clientMutationId = NewId("event"), shipmentId = id, itemId = "i1", @event = "INSTALLED", note = "Salle multimédia, poste 4" } }, await FatouAsync());
        await api.Http.PostGraphQLAsync(record,
            new { i = new { clientMutationId = NewId("event"), shipmentId = id, itemId = "i1", @event = "SEEN_WORKING", note = "Mission de novembre" } }, await MarcAsync());

        var (_, body) = await api.Http.PostGraphQLAsync(
            "query($p: ID!, $s: String!) { serialNumberHistory(partnershipId: $p, serialNumber: $s) { serialNumber shipmentIds events { nodes { kind by verdict detail shipmentId } } } }",
            new { p = Seneclic, s = $"dt-{suffix.ToLowerInvariant()}" }, await MarcAsync());

        Assert.True(installed["errors"] is null, installed.ToJsonString());
        var history = body["data"]!["serialNumberHistory"]!;
        Assert.Equal([id], history["shipmentIds"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(["SEEN_WORKING", "INSTALLED", "CHECKED", "SHIPPED", "PACKED"], history["events"]!["nodes"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>()));
        Assert.Equal("Salle multimédia, poste 4", history["events"]!["nodes"]![1]!["detail"]!.GetValue<string>());
    }

    /// <summary>
    /// An item's event echoes its clientMutationId to whoever recorded it (so a phone shows what it queued once), and to
    /// nobody else; recorded twice under one id, it is there once.
    /// </summary>
    [Fact]
    public async Task RecordItemEvent_SentTwice_OnceAndIdEchoedToItsAuthorOnly()
    {
        var id = await ShippedAsync(Guid.NewGuid().ToString("N")[..10].ToUpperInvariant());
        await api.Http.PostGraphQLAsync(Receive, new { i = new { clientMutationId = NewId("receive"), shipmentId = id } }, await FatouAsync());
        const string record = "mutation($i: RecordItemEventInput!) { recordItemEvent(input: $i) { clientMutationId } }";
        var input = new { i = new { clientMutationId = NewId("event"), shipmentId = id, itemId = "i1", @event = "INSTALLED" } };
        await api.Http.PostGraphQLAsync(record, input, await FatouAsync());
        await api.Http.PostGraphQLAsync(record, input, await FatouAsync());

        const string events = "query($id: ID!) { shipment(id: $id) { items { id events { kind clientMutationId } } } }";
        JsonNode? EventsOf(JsonObject body) => body["data"]!["shipment"]!["items"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == "i1")!["events"];
        var byFatou = EventsOf((await api.Http.PostGraphQLAsync(events, new { id }, await FatouAsync())).Body)!.AsArray();
        var byMarc = EventsOf((await api.Http.PostGraphQLAsync(events, new { id }, await MarcAsync())).Body)!.AsArray();

        Assert.Equal(input.i.clientMutationId, Assert.Single(byFatou)!["clientMutationId"]!.GetValue<string>());
        Assert.Null(Assert.Single(byMarc)!["clientMutationId"]);
    }

    /// <summary>A receipt puts the shipment in <c>changes(since:)</c>; asking from the next cursor returns it no more.</summary>
    [Fact]
    public async Task Changes_AfterReceipt_ShipmentListedOnceThenNot()
    {
        var id = await ShippedAsync();
        const string changes = "query($p: ID!, $s: String) { changes(partnershipId: $p, since: $s) { cursor shipments { id status } } }";
        var (_, before) = await api.Http.PostGraphQLAsync(changes, new { p = Seneclic, s = (string?)null }, await FatouAsync());
        var cursor = before["data"]!["changes"]!["cursor"]!.GetValue<string>();

        await api.Http.PostGraphQLAsync(Receive, new { i = new { clientMutationId = NewId("receive"), shipmentId = id } }, await FatouAsync());
        var (_, after) = await api.Http.PostGraphQLAsync(changes, new { p = Seneclic, s = cursor }, await MarcAsync());
        var next = after["data"]!["changes"]!["cursor"]!.GetValue<string>();
        var (_, later) = await api.Http.PostGraphQLAsync(changes, new { p = Seneclic, s = next }, await MarcAsync());

        var changed = after["data"]!["changes"]!["shipments"]!.AsArray();
        Assert.Single(changed, s => s!["id"]!.GetValue<string>() == id && s["status"]!.GetValue<string>() == "RECEIVED");
        Assert.DoesNotContain(later["data"]!["changes"]!["shipments"]!.AsArray(), s => s!["id"]!.GetValue<string>() == id);
    }

    /// <summary>Sénéclic's seeded shipments: one of 10 boxes and 50 items in transit, one received with a damaged and a missing item.</summary>
    [Fact]
    public async Task Seed_Seneclic_InTransitAndReceivedWithDiscrepancies()
    {
        var (_, body) = await api.Http.PostGraphQLAsync(
            """
            { partnership(id: "seneclic") { shipments { title status itemCount boxes { id items { serialNumber destination } }
                reconciliation { serialNumber verdict { verdict reason } } } } }
            """, token: await MarcAsync());

        Assert.True(body["errors"] is null, body.ToJsonString());
        var shipments = body["data"]!["partnership"]!["shipments"]!.AsArray();
        var inTransit = shipments.Single(s => s!["title"]!.GetValue<string>().StartsWith("Envoi d'automne 2026", StringComparison.Ordinal))!;
        var received = shipments.Single(s => s!["title"]!.GetValue<string>().StartsWith("Envoi de printemps 2026", StringComparison.Ordinal))!;
        Assert.Equal(("IN_TRANSIT", 50, 10), (inTransit["status"]!.GetValue<string>(), inTransit["itemCount"]!.GetValue<int>(), inTransit["boxes"]!.AsArray().Count));
        Assert.Equal("RECEIVED", received["status"]!.GetValue<string>());
        Assert.Equal(["DAMAGED", "MISSING"], received["reconciliation"]!.AsArray().Select(l => l!["verdict"]!["verdict"]!.GetValue<string>()));
        Assert.All(received["reconciliation"]!.AsArray(), l => Assert.False(string.IsNullOrWhiteSpace(l!["verdict"]!["reason"]!.GetValue<string>())));
    }
}
