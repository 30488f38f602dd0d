using Cooperation.Grains.Shipments;
using System.Net.Http.Json;
using Cooperation.GraphQL.Schema.Relay;
using static Cooperation.GraphQL.Tests.Shipments.ShipmentRequests;

namespace Cooperation.GraphQL.Tests.Sync;

/// <summary>The one-round-trip sync: an outbox up, per-action results and the changes down, exactly once per action.</summary>
[Collection(ApiCollection.Name)]
public sealed class SyncTests(ApiFixture api)
{
    private const string Seneclic = "seneclic";

    private const string Sync = """
        mutation($i: SyncInput!) { sync(input: $i) {
          results { clientMutationId error { code message retry } notices { itemId outcome message } }
          changes { cursor shipments { id version items { id verdict { verdict reason } disputes { verdict } } } history { action clientMutationId } }
        } }
        """;

    private Task<string> FatouAsync() => api.TokenAsync(SeneclicSouth);

    private async Task<string> ShippedAsync() =>
        await Shipments.ShipmentRequests.ShippedAsync(api.Http, await api.TokenAsync(People.BesanconNorth), Seneclic, Guid.NewGuid().ToString("N")[..10].ToUpperInvariant());

    private static object Confirm(string id, string shipmentId, string itemId, string verdict, string? reason = null) =>
        new { confirmShipmentItems = new { clientMutationId = id, shipmentId, verdicts = new[] { new { itemId, verdict, reason } } } };

    private async Task<(HttpStatusCode Status, JsonObject Body)> SyncAsync(object[] actions, string token, string? since = null, string partnershipId = Seneclic) =>
        await api.Http.PostGraphQLAsync(Sync, new { i = new { partnershipId, since, actions } }, token);

    private async Task<string> CursorAsync(string token)
    {
        var (_, body) = await SyncAsync([], token);
        return body["data"]!["sync"]!["changes"]!["cursor"]!.GetValue<string>();
    }

    private static JsonArray Results(JsonObject body) => body["data"]!["sync"]!["results"]!.AsArray();

    private static string?[] Codes(JsonObject body) => [.. Results(body).Select(r => r!["error"]?["code"]?.GetValue<string>())];

    private async Task<JsonNode> ShipmentAsync(string id) =>
        (await api.Http.PostGraphQLAsync(Read, new { id }, await api.TokenAsync(People.BesanconNorth))).Body["data"]!["shipment"]!;

    /// <summary>
    /// Three confirmations in one request, the second poisoned (damaged with no reason): it is reported, the others
    /// are applied, and the answer carries the changed shipment with the next cursor.
    /// </summary>
    [Fact]
    public async Task Sync_PoisonedActionInTheMiddle_ReportedOthersApplied()
    {
        var shipment = await ShippedAsync();
        var token = await FatouAsync();
        var since = await CursorAsync(token);
        var (a, b, c) = (NewId("a"), NewId("b"), NewId("c"));

        var (status, body) = await SyncAsync(
            [Confirm(a, shipment, "i1", "RECEIVED"), Confirm(b, shipment, "i2", "DAMAGED"), Confirm(c, shipment, "i3", "MISSING", "Absent du carton 2")], token, since);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([a, b, c], Results(body).Select(r => r!["clientMutationId"]!.GetValue<string>()));
        Assert.Equal([null, "VALIDATION", null], Codes(body));
        Assert.False(Results(body)[1]!["error"]!["retry"]!.GetValue<bool>());
        var changed = Assert.Single(body["data"]!["sync"]!["changes"]!["shipments"]!.AsArray())!;
        Assert.Equal(shipment, changed["id"]!.GetValue<string>());
        Assert.Equal(["RECEIVED", null, "MISSING"], changed["items"]!.AsArray().Select(i => i!["verdict"]?["verdict"]?.GetValue<string>()));
        Assert.NotEqual(since, body["data"]!["sync"]!["changes"]!["cursor"]!.GetValue<string>());
    }

    /// <summary>The same batch replayed (its answer was lost): the same results, and no action has a second effect.</summary>
    [Fact]
    public async Task Sync_ReplayedBatch_ExactlyOneEffectPerAction()
    {
        var shipment = await ShippedAsync();
        var token = await FatouAsync();
        object[] batch = [Confirm(NewId("a"), shipment, "i1", "RECEIVED"), Confirm(NewId("b"), shipment, "i3", "MISSING", "Carton ouvert")];

        var (_, first) = await SyncAsync(batch, token);
        var after = await ShipmentAsync(shipment);
        var (_, replay) = await SyncAsync(batch, token);

        Assert.Equal(Results(first).ToJsonString(), Results(replay).ToJsonString());
        var now = await ShipmentAsync(shipment);
        Assert.Equal(after["version"]!.GetValue<long>(), now["version"]!.GetValue<long>());
        Assert.All(now["items"]!.AsArray(), i => Assert.Empty(i!["disputes"]!.AsArray()));
    }

    /// <summary>A second agent's different verdict on a checked item is applied as a dispute, and the answer says so.</summary>
    [Fact]
    public async Task Sync_DifferentVerdictOnCheckedItem_NoticeOfDispute()
    {
        var shipment = await ShippedAsync();
        var token = await FatouAsync();
        await SyncAsync([Confirm(NewId("first"), shipment, "i1", "RECEIVED")], token);

        var (_, body) = await SyncAsync([Confirm(NewId("second"), shipment, "i1", "MISSING", "Introuvable")], token);

        var notice = Assert.Single(Results(body)[0]!["notices"]!.AsArray())!;
        Assert.Equal(("i1", "DISPUTED"), (notice["itemId"]!.GetValue<string>(), notice["outcome"]!.GetValue<string>()));
    }

    /// <summary>Actions that depend on each other run in order: a shipment prepared offline is shipped in the same batch.</summary>
    [Fact]
    public async Task Sync_DependentActions_AppliedInOrder()
    {
        var token = await api.TokenAsync(People.BesanconNorth);
        var prepareId = NewId("prepare");
        // The client knows the new shipment's id offline: it derives from the preparing action's id.
        var shipmentId = GlobalId.Encode("Shipment", ShipmentRules.KeyFor(Seneclic, prepareId));

        var (_, body) = await SyncAsync(
        [
            new { prepareShipment = PackingList(prepareId, Seneclic, Guid.NewGuid().ToString("N")[..10].ToUpperInvariant()) },
            new { advanceShipment = new { clientMutationId = NewId("ship"), shipmentId, status = "SHIPPED" } },
        ], token);

        Assert.Equal([null, null], Codes(body));
        Assert.Equal("SHIPPED", (await ShipmentAsync(shipmentId))["status"]!.GetValue<string>());
    }

    /// <summary>Nothing to send and nothing changed: a small answer with the same cursor.</summary>
    [Fact]
    public async Task Sync_NothingChanged_SameCursorAndSmallAnswer()
    {
        var token = await FatouAsync();
        var since = await CursorAsync(token);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new
            {
                query = "mutation($i: SyncInput!) { sync(input: $i) { results { clientMutationId } changes { cursor milestones { id } shipments { id } reports { id } missions { id } history { action } } } }",
                variables = new { i = new { partnershipId = Seneclic, since, actions = Array.Empty<object>() } },
            }),
        };
        request.Headers.Authorization = new("Bearer", token);
        using var response = await api.Http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains($"\"cursor\":\"{since}\"", text);
        Assert.True(text.Length < 500, $"{text.Length} B: {text}");
    }

    /// <summary>Malformed batches are refused whole before anything runs: a bad cursor, an action naming two mutations, too many actions.</summary>
    [Fact]
    public async Task Sync_MalformedBatch_RefusedWholeNothingApplied()
    {
        var shipment = await ShippedAsync();
        var token = await FatouAsync();
        var valid = Confirm(NewId("ok"), shipment, "i1", "RECEIVED");
        var two = new
        {
            confirmShipmentItems = new { clientMutationId = NewId("x"), shipmentId = shipment, verdicts = new[] { new { itemId = "i2", verdict = "RECEIVED" } } },
            receiveShipment = new { clientMutationId = NewId("y"), shipmentId = shipment },
        };

        var (_, badCursor) = await SyncAsync([valid], token, since: "pas-un-curseur");
        var (_, twoInOne) = await SyncAsync([valid, two], token);
        var (_, tooMany) = await SyncAsync([.. Enumerable.Repeat(valid, 201)], token);

        Assert.Equal("VALIDATION", badCursor.ErrorCode());
        Assert.NotNull(twoInOne["errors"]);
        Assert.Null(twoInOne["data"]?["sync"]);
        Assert.Equal("VALIDATION", tooMany.ErrorCode());
        Assert.Contains("au plus 200 actions", tooMany.ErrorMessage());
        Assert.All((await ShipmentAsync(shipment))["items"]!.AsArray(), i => Assert.Null(i!["verdict"]));
    }

    /// <summary>
    /// An action that no longer fits the schema (a verdict this server does not know, queued by an older app) refuses
    /// the batch whole, and the error names the action's place in the batch: the web client sets that one apart.
    /// </summary>
    [Fact]
    public async Task Sync_ActionThatBreaksTheSchema_RefusedWholeErrorNamesIt()
    {
        var shipment = await ShippedAsync();

        var (_, body) = await SyncAsync(
            [Confirm(NewId("ok"), shipment, "i1", "RECEIVED"), Confirm(NewId("bad"), shipment, "i2", "ABIME")], await FatouAsync());

        Assert.Equal("INVALID_VALUE", body.ErrorCode());
        Assert.Contains(".actions[1].confirmShipmentItems", body.ErrorMessage());
        Assert.All((await ShipmentAsync(shipment))["items"]!.AsArray(), i => Assert.Null(i!["verdict"]));
    }

    /// <summary>A batch for a partnership the caller is not a member of is refused whole.</summary>
    [Fact]
    public async Task Sync_NotAMember_ForbiddenNothingApplied()
    {
        var shipment = await ShippedAsync();

        var (_, body) = await SyncAsync([Confirm(NewId("a"), shipment, "i1", "RECEIVED")], await api.TokenAsync(People.FiguigSouth));

        Assert.Equal("FORBIDDEN", body.ErrorCode());
        Assert.All((await ShipmentAsync(shipment))["items"]!.AsArray(), i => Assert.Null(i!["verdict"]));
    }

    /// <summary>
    /// An action the grain refuses (a South agent marking a shipment shipped) is refused in a batch with the very code
    /// and words its mutation alone gets: one mapping of failures for both.
    /// </summary>
    [Fact]
    public async Task Sync_ActionRefusedByItsGrain_SameCodeAndWordsAsItsMutation()
    {
        var shipment = await ShippedAsync();
        var token = await FatouAsync();

        var (_, alone) = await api.Http.PostGraphQLAsync(Advance, new { i = new { clientMutationId = NewId("alone"), shipmentId = shipment, status = "ARRIVED" } }, token);
        var (_, body) = await SyncAsync([new { advanceShipment = new { clientMutationId = NewId("batch"), shipmentId = shipment, status = "ARRIVED" } }], token);

        var error = Results(body)[0]!["error"]!;
        Assert.Equal("FORBIDDEN", alone.ErrorCode());
        Assert.Equal(alone.ErrorCode(), error["code"]!.GetValue<string>());
        Assert.Equal(alone["errors"]![0]!["message"]!.GetValue<string>(), error["message"]!.GetValue<string>());
        Assert.False(error["retry"]!.GetValue<bool>());
    }

    /// <summary>A photo's announcement in a batch is reported by its own client id, so the outbox can let it go.</summary>
    [Fact]
    public async Task Sync_AnnounceUpload_ResultCarriesItsClientId()
    {
        var shipment = await ShippedAsync();
        var photo = Uploads.UploadRequests.Jpeg(40_000);
        var announce = NewId("announce");

        var (_, body) = await SyncAsync(
        [
            new
            {
                announceUpload = new
                {
                    clientMutationId = announce, partnershipId = Seneclic, uploadId = Uploads.UploadRequests.NewUploadId(), contentType = "image/jpeg",
                    size = photo.Length, sha256 = Uploads.UploadRequests.Sha256(photo), shipmentId = shipment, itemId = "i1",
                },
            },
        ], await FatouAsync());

        var result = Assert.Single(Results(body))!;
        Assert.Equal(announce, result["clientMutationId"]!.GetValue<string>());
        Assert.Null(result["error"]);
    }
}
