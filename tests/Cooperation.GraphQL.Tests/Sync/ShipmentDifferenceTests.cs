using static Cooperation.GraphQL.Tests.Shipments.ShipmentRequests;

namespace Cooperation.GraphQL.Tests.Sync;

/// <summary>
/// A changed shipment comes down by difference: whole to a device that never had it, then only the items changed since
/// the version the device had (DESIGN §5 B3: one confirmed item of a shipment is one item on the wire).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ShipmentDifferenceTests(ApiFixture api)
{
    private const string Seneclic = "seneclic";

    private const string Sync = """
        mutation($i: SyncInput!) { sync(input: $i) { changes { cursor shipmentChanges {
          fromVersion shipment { id status version } title boxes { id } items { id boxId serialNumber } changedItems { id verdict { verdict } disputes { verdict } }
        } } } }
        """;

    private static object Confirm(string shipmentId, string itemId, string verdict, string? reason = null) =>
        new { confirmShipmentItems = new { clientMutationId = NewId("c"), shipmentId, verdicts = new[] { new { itemId, verdict, reason } } } };

    private async Task<(string Cursor, JsonNode? Change)> SyncAsync(string token, string? since, string shipment, params object[] actions)
    {
        var (_, body) = await api.Http.PostGraphQLAsync(Sync, new { i = new { partnershipId = Seneclic, since, actions } }, token);
        var changes = body["data"]?["sync"]?["changes"] ?? throw new InvalidOperationException(body.ToJsonString());
        return (changes["cursor"]!.GetValue<string>(),
            changes["shipmentChanges"]!.AsArray().SingleOrDefault(c => c!["shipment"]!["id"]!.GetValue<string>() == shipment));
    }

    [Fact]
    public async Task ShipmentChanges_NewThenKnown_WholeOnceThenOnlyChangedItems()
    {
        var north = await api.TokenAsync(People.BesanconNorth);
        var fatou = await api.TokenAsync(SeneclicSouth);
        var (before, _) = await SyncAsync(fatou, null, "");
        var shipment = await ShippedAsync(api.Http, north, Seneclic, Guid.NewGuid().ToString("N")[..10].ToUpperInvariant());

        // New to the device: title, boxes and every item, nothing "changed".
        var (known, whole) = await SyncAsync(fatou, before, shipment);
        Assert.NotNull(whole);
        Assert.Equal(0, whole["fromVersion"]!.GetValue<long>());
        Assert.NotNull(whole["title"]);
        Assert.NotEmpty(whole["boxes"]!.AsArray());
        var itemCount = whole["items"]!.AsArray().Count;
        Assert.True(itemCount > 2, whole.ToJsonString());
        Assert.Empty(whole["changedItems"]!.AsArray());
        var version = whole["shipment"]!["version"]!.GetValue<long>();

        // Known: one confirmation brings back that item alone, with the version the device had.
        var (afterOne, one) = await SyncAsync(fatou, known, shipment, Confirm(shipment, "i2", "RECEIVED"));
        Assert.NotNull(one);
        Assert.Equal(version, one["fromVersion"]!.GetValue<long>());
        Assert.Null(one["title"]);
        Assert.Empty(one["boxes"]!.AsArray());
        Assert.Empty(one["items"]!.AsArray());
        var changed = Assert.Single(one["changedItems"]!.AsArray())!;
        Assert.Equal(("i2", "RECEIVED"), (changed["id"]!.GetValue<string>(), changed["verdict"]!["verdict"]!.GetValue<string>()));

        // A second device's different verdict, read by the first: only the disputed item.
        var other = await api.TokenAsync(SeneclicSouth);
        await SyncAsync(other, null, shipment, Confirm(shipment, "i2", "MISSING", "Pas dans le carton"), Confirm(shipment, "i3", "RECEIVED"));
        var (_, two) = await SyncAsync(fatou, afterOne, shipment);
        Assert.Equal(["i2", "i3"], two!["changedItems"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
        Assert.Equal("MISSING", two["changedItems"]![0]!["disputes"]![0]!["verdict"]!.GetValue<string>());

        // A device that starts again from no cursor gets it whole, verdicts included.
        var (_, again) = await SyncAsync(fatou, null, shipment);
        Assert.Equal(itemCount, again!["items"]!.AsArray().Count);
    }
}
