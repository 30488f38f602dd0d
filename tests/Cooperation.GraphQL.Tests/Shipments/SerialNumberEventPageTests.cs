using static Cooperation.GraphQL.Tests.Shipments.ShipmentRequests;

namespace Cooperation.GraphQL.Tests.Shipments;

/// <summary>A serial number's steps read a page at a time, newest first, with cursors that keep their place; the partnership's members only.</summary>
[Collection(ApiCollection.Name)]
public sealed class SerialNumberEventPageTests(ApiFixture api)
{
    private const string Seneclic = "seneclic";

    private const string Page = """
        query($p: ID!, $s: String!, $first: Int, $after: String) {
          serialNumberHistory(partnershipId: $p, serialNumber: $s) {
            events(first: $first, after: $after) {
              totalCount
              nodes { kind shipmentId }
              pageInfo { hasNextPage endCursor }
            }
          }
        }
        """;

    private Task<string> MarcAsync() => api.TokenAsync(People.BesanconNorth);

    private Task<string> FatouAsync() => api.TokenAsync(SeneclicSouth);

    /// <summary>A computer packed, shipped and checked on arrival: three steps; returns its serial number and shipment.</summary>
    private async Task<(string Serial, string Shipment)> ReceivedAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var id = await ShippedAsync(api.Http, await MarcAsync(), Seneclic, suffix);
        var (_, received) = await api.Http.PostGraphQLAsync(Receive, new { i = new { clientMutationId = NewId("receive"), shipmentId = id } }, await FatouAsync());
        Assert.Null(received["errors"]);
        return ($"DT-{suffix}", id);
    }

    private async Task<JsonObject> PageAsync(string serial, string token, int? first = null, string? after = null)
    {
        var (_, body) = await api.Http.PostGraphQLAsync(Page, new { p = Seneclic, s = serial, first, after }, token);
        return body;
    }

    private static JsonNode Events(JsonObject body) =>
        body["data"]?["serialNumberHistory"]?["events"] ?? throw new InvalidOperationException(body.ToJsonString());

    private static List<string> Kinds(JsonNode events) => [.. events["nodes"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>())];

    /// <summary>The newest step first; the page after a cursor holds the older ones, the same after the computer is installed.</summary>
    [Fact]
    public async Task Events_PagesNewestFirst_CursorKeepsItsPlaceAfterANewStep()
    {
        var (serial, shipment) = await ReceivedAsync();
        var first = Events(await PageAsync(serial, await MarcAsync(), 2));
        var cursor = first["pageInfo"]!["endCursor"]!.GetValue<string>();

        var (_, installed) = await api.Http.PostGraphQLAsync("mutation($i: RecordItemEventInput!) { recordItemEvent(input: $i) { clientMutationId } }",
            new { i = new { clientMutationId = NewId("event"), shipmentId = shipment, itemId = "i1", @event = "INSTALLED", note = "Salle multimédia, poste 4" } }, await FatouAsync());
        var next = Events(await PageAsync(serial, await MarcAsync(), 5, cursor));
        var newest = Events(await PageAsync(serial, await FatouAsync(), 1));

        Assert.Null(installed["errors"]);
        Assert.Equal(["CHECKED", "SHIPPED"], Kinds(first));
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(["PACKED"], Kinds(next));
        Assert.False(next["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(["INSTALLED"], Kinds(newest));
        Assert.Equal((3, 4), (first["totalCount"]!.GetValue<int>(), newest["totalCount"]!.GetValue<int>()));
    }

    /// <summary>
    /// A computer sent back and shipped again: its steps in both shipments, one page at a time, come newest first as one
    /// life; a step recorded in the first shipment after the second was shipped comes first, and a cursor given before
    /// it keeps its place. Each page costs a page from each shipment, not its whole life.
    /// </summary>
    [Fact]
    public async Task Events_AcrossTwoShipments_OneLifeNewestFirst()
    {
        var (serial, first) = await ReceivedAsync();
        var second = await ShippedAsync(api.Http, await MarcAsync(), Seneclic, serial["DT-".Length..]);
        var newest = Events(await PageAsync(serial, await MarcAsync(), 2));

        var (_, installed) = await api.Http.PostGraphQLAsync("mutation($i: RecordItemEventInput!) { recordItemEvent(input: $i) { clientMutationId } }",
            new { i = new { clientMutationId = NewId("event"), shipmentId = first, itemId = "i1", @event = "INSTALLED", note = "Poste 2" } }, await FatouAsync());
        var rest = new List<JsonNode>();
        var after = newest["pageInfo"]!["endCursor"]!.GetValue<string>();
        while (after is not null)
        {
            var page = Events(await PageAsync(serial, await MarcAsync(), 1, after));
            rest.AddRange(page["nodes"]!.AsArray().Select(n => n!));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        var whole = Events(await PageAsync(serial, await MarcAsync(), 100));

        Assert.Null(installed["errors"]);
        Assert.Equal([("SHIPPED", second), ("PACKED", second)], Steps(newest["nodes"]!));
        Assert.Equal([("CHECKED", first), ("SHIPPED", first), ("PACKED", first)], Steps(new JsonArray([.. rest.Select(n => n.DeepClone())])));
        Assert.Equal([("INSTALLED", first), ("SHIPPED", second), ("PACKED", second), ("CHECKED", first), ("SHIPPED", first), ("PACKED", first)], Steps(whole["nodes"]!));
        Assert.Equal(6, whole["totalCount"]!.GetValue<int>());
    }

    private static List<(string, string)> Steps(JsonNode nodes) =>
        [.. nodes.AsArray().Select(e => (e!["kind"]!.GetValue<string>(), e["shipmentId"]!.GetValue<string>()))];

    /// <summary>Someone outside the partnership reads no page of its computers' lives, even after a cursor a member was given.</summary>
    [Fact]
    public async Task Events_ByOutsiderWithCursor_Forbidden()
    {
        var (serial, _) = await ReceivedAsync();
        var cursor = Events(await PageAsync(serial, await MarcAsync(), 1))["pageInfo"]!["endCursor"]!.GetValue<string>();

        var body = await PageAsync(serial, await api.TokenAsync(People.GuediawayeSouth), 1, cursor);

        Assert.Equal("FORBIDDEN", body.ErrorCode());
        Assert.DoesNotContain("CHECKED", body.ToJsonString());
    }

    /// <summary>A page of none, of more than 100 steps, after a cursor this server did not give or past the steps is VALIDATION, in French and English.</summary>
    [Theory]
    [MemberData(nameof(BadPages.Cases), MemberType = typeof(BadPages))]
    public async Task Events_BadPageOrCursor_Validation(int first, string? after)
    {
        var (serial, _) = await ReceivedAsync();

        var body = await PageAsync(serial, await MarcAsync(), first, after);

        BadPages.AssertRefused(body);
    }
}
