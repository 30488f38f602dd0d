using Cooperation.GraphQL.Schema.Relay;
using static Cooperation.GraphQL.Tests.Shipments.ShipmentRequests;

namespace Cooperation.GraphQL.Tests.FieldWork;

/// <summary>What the seeded field work shows the partners, read through the API as they would read it.</summary>
[Collection(ApiCollection.Name)]
public sealed class FieldWorkApiTests(ApiFixture api)
{
    private Task<string> MarcAsync() => api.TokenAsync(People.BesanconNorth);

    private async Task<JsonObject> QueryAsync(string query, object? variables, string email)
    {
        var (_, body) = await api.Http.PostGraphQLAsync(query, variables, await api.TokenAsync(email));
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!.AsObject();
    }

    /// <summary>The spring shipment's discrepancies read in one line, counted the way the partners speak.</summary>
    [Fact]
    public async Task SeededSpringShipment_Summary_CountsDiscrepanciesInWords()
    {
        var data = await QueryAsync("""{ partnership(id: "seneclic") { shipments { title summary } } }""", null, People.BesanconNorth);

        var spring = data["partnership"]!["shipments"]!.AsArray().Single(s => s!["title"]!.GetValue<string>().StartsWith("Envoi de printemps", StringComparison.Ordinal));
        Assert.Equal("1 écran endommagé, 1 ordinateur manquant / 1 damaged screen, 1 missing computer", spring!["summary"]!.GetValue<string>());
    }

    /// <summary>Figuig reported for late 2025 and late 2026 but not for the first half of 2026: that half-year is overdue.</summary>
    [Fact]
    public async Task SeededFiguig_MissingReports_FirstHalfOf2026Overdue()
    {
        var data = await QueryAsync("""{ partnership(id: "libriciels-figuig") { missingReports { periodStart periodEnd dueOn overdue dueAgo } } }""", null, People.FiguigSouth);

        var missing = data["partnership"]!["missingReports"]!.AsArray();
        var firstHalf = missing.Single(m => m!["periodStart"]!.GetValue<string>() == "2026-01-01")!;
        Assert.Equal(("2026-06-30", "2026-07-30", true), (firstHalf["periodEnd"]!.GetValue<string>(), firstHalf["dueOn"]!.GetValue<string>(), firstHalf["overdue"]!.GetValue<bool>()));
        Assert.StartsWith("il y a ", firstHalf["dueAgo"]!.GetValue<string>());
    }

    /// <summary>Sénéclic's current draft counts its computers from the shipments and says so; they cannot be typed.</summary>
    [Fact]
    public async Task SeededSeneclicDraft_ComputerIndicators_ComputedAndSaySo()
    {
        var data = await QueryAsync("""{ partnership(id: "seneclic") { reports { status indicators { code actual computed fact source } } } }""", null, People.BesanconNorth);

        var draft = data["partnership"]!["reports"]!.AsArray().Single(r => r!["status"]!.GetValue<string>() == "DRAFT")!;
        var received = draft["indicators"]!.AsArray().Single(i => i!["code"]!.GetValue<string>() == "ordinateurs-recus")!;
        Assert.True(received["computed"]!.GetValue<bool>());
        Assert.Equal("COMPUTERS_RECEIVED", received["fact"]!.GetValue<string>());
        Assert.StartsWith("Calculé le ", received["source"]!.GetValue<string>());
        Assert.NotNull(received["actual"]);
        var typed = draft["indicators"]!.AsArray().Single(i => i!["code"]!.GetValue<string>() == "ecoles-equipees")!;
        Assert.False(typed["computed"]!.GetValue<bool>());
    }

    /// <summary>The seeded Ngor computers were seen working by the October mission: the serial number's history names it.</summary>
    [Fact]
    public async Task SeededSerialNumber_SeenWorking_LinksTheMission()
    {
        var data = await QueryAsync("""
            { serialNumberHistory(partnershipId: "seneclic", serialNumber: "BSN-26P-0001") { events(first: 100) { nodes { kind missionId } } } }
            """, null, People.BesanconNorth);

        var seen = data["serialNumberHistory"]!["events"]!["nodes"]!.AsArray().Single(e => e!["kind"]!.GetValue<string>() == "SEEN_WORKING")!;
        var mission = await QueryAsync("query($id: ID!) { node(id: $id) { ... on Mission { title status } } }",
            new { id = seen["missionId"]!.GetValue<string>() }, People.BesanconNorth);
        Assert.Equal(("Échange des animateurs TICE dans les écoles du Sénégal", "REPORTED"),
            (mission["node"]!["title"]!.GetValue<string>(), mission["node"]!["status"]!.GetValue<string>()));
    }

    /// <summary>Reports, missions and shipments are nodes: fetched again by the id the lists gave.</summary>
    [Fact]
    public async Task Node_ReportMissionShipment_ResolvedByGlobalId()
    {
        var lists = await QueryAsync("""{ partnership(id: "seneclic") { reports { id } missions { id } shipments { id } } }""", null, People.BesanconNorth);
        var p = lists["partnership"]!;
        string First(string field) => p[field]!.AsArray()[0]!["id"]!.GetValue<string>();

        foreach (var (id, type) in new[] { (First("reports"), "Report"), (First("missions"), "Mission"), (First("shipments"), "Shipment") })
        {
            var data = await QueryAsync("query($id: ID!) { node(id: $id) { __typename id } }", new { id }, People.BesanconNorth);
            Assert.Equal((type, id), (data["node"]!["__typename"]!.GetValue<string>(), data["node"]!["id"]!.GetValue<string>()));
        }
        var (_, outsider) = await api.Http.PostGraphQLAsync("query($id: ID!) { node(id: $id) { id } }",
            new { id = First("shipments") }, await api.TokenAsync(People.FiguigSouth));
        Assert.Equal("FORBIDDEN", outsider.ErrorCode());
    }

    /// <summary>Through the API, an item event names the mission by its global id; an id that is not a mission is refused.</summary>
    [Fact]
    public async Task RecordItemEvent_WithMissionId_LinkedOrRefused()
    {
        var token = await MarcAsync();
        var shipmentId = await ShippedAsync(api.Http, token, "seneclic", Guid.NewGuid().ToString("N")[..10].ToUpperInvariant());
        await api.Http.PostGraphQLAsync(Receive, new { i = new { clientMutationId = NewId("receive"), shipmentId } }, await api.TokenAsync(SeneclicSouth));
        var missions = await QueryAsync("""{ partnership(id: "seneclic") { missions { id status } } }""", null, People.BesanconNorth);
        var missionId = missions["partnership"]!["missions"]!.AsArray().First(m => m!["status"]!.GetValue<string>() == "REPORTED")!["id"]!.GetValue<string>();
        const string record = "mutation($i: RecordItemEventInput!) { recordItemEvent(input: $i) { shipment { items { id events { kind missionId } } } } }";

        var (_, linked) = await api.Http.PostGraphQLAsync(record,
            new { i = new { clientMutationId = NewId("seen"), shipmentId, itemId = "i1", @event = "SEEN_WORKING", missionId } }, token);
        var (_, wrong) = await api.Http.PostGraphQLAsync(record,
            new { i = new { clientMutationId = NewId("seen"), shipmentId, itemId = "i1", @event = "SEEN_WORKING", missionId = shipmentId } }, token);

        var events = linked["data"]!["recordItemEvent"]!["shipment"]!["items"]![0]!["events"]!.AsArray();
        Assert.Equal(missionId, Assert.Single(events)!["missionId"]!.GetValue<string>());
        Assert.Equal("VALIDATION", wrong.ErrorCode());
    }
}
