using Cooperation.GraphQL.Tests.Documents;

namespace Cooperation.GraphQL.Tests.Partnerships;

/// <summary>
/// What the web client's Partnership screen costs the grains on a second read by the same person (her token's session
/// and account already read, the document already validated): the grain calls are counted, the seeded Sénéclic
/// partnership having two shipments and two reports.
/// </summary>
/// <remarks>A host of its own: the counter must see only this test's requests.</remarks>
public sealed class PartnershipReadCostTests : IAsyncLifetime
{
    private const string Seneclic = "seneclic";

    private readonly CountedApiHost _host = new("readcalls");

    public ValueTask InitializeAsync() => _host.InitializeAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    /// <summary>The whole screen: the partnership, its milestones, and its shipments and reports through their indexes.</summary>
    [Fact]
    public async Task Partnership_SecondRead_CountedGrainCalls()
    {
        var (first, second) = await ReadTwiceAsync("Partnership");

        Assert.Equal(WithoutAges(first), WithoutAges(second));
        Assert.Equal(2, second["data"]!["partnership"]!["shipments"]!.AsArray().Count);
        Assert.Equal(2, second["data"]!["partnership"]!["reports"]!.AsArray().Count);
        Assert.Equal(
            ["IPartnershipGrain.ReadAsync", "IReportIndexGrain.ReadAllAsync", "IShipmentIndexGrain.ReadAllAsync"],
            Domain(_host.Calls.FromApi).Order(StringComparer.Ordinal));
        // Each index asks the partnership once whether she may read, then reads its entities on her behalf.
        Assert.Equal(2, Domain(_host.Calls.All).Count(c => c == "IPartnershipGrain.GetAccessAsync"));
        Assert.Equal(2, Domain(_host.Calls.All).Count(c => c == "IReportGrain.GetAsync"));
        Assert.Equal(2, Domain(_host.Calls.All).Count(c => c == "IShipmentGrain.GetAsync"));
        Assert.Equal(9, Domain(_host.Calls.All).Count);
    }

    /// <summary>A member's partnership with its milestones: one call, access decided by the partnership from its member list.</summary>
    [Fact]
    public async Task PartnershipMilestones_SecondRead_OneGrainCall()
    {
        var (first, second) = await ReadTwiceAsync("PartnershipMilestones");

        Assert.Equal(WithoutAges(first), WithoutAges(second));
        Assert.NotEmpty(second["data"]!["partnership"]!["milestones"]!.AsArray());
        Assert.Equal(["IPartnershipGrain.ReadAsync"], Domain(_host.Calls.FromApi));
        Assert.Single(Domain(_host.Calls.All));
    }

    /// <summary>
    /// The answer as JSON without its relative times (« il y a une seconde »), which move on between two reads made a
    /// second apart: the rest must be the same.
    /// </summary>
    private static string WithoutAges(JsonNode answer)
    {
        var copy = answer.DeepClone();
        Strip(copy);
        return copy.ToJsonString();

        static void Strip(JsonNode? node)
        {
            if (node is JsonObject obj)
            {
                foreach (var name in obj.Select(p => p.Key).Where(k => k.EndsWith("Ago", StringComparison.Ordinal)).ToList())
                    obj.Remove(name);
                foreach (var (_, child) in obj)
                    Strip(child);
            }
            else if (node is JsonArray array)
            {
                foreach (var child in array)
                    Strip(child);
            }
        }
    }

    /// <summary>The calls to the domain's grains among <paramref name="calls"/>: the silo's own housekeeping left out.</summary>
    private static List<string> Domain(IEnumerable<string> calls) =>
        [.. calls.Where(c => c.Split('.')[0] is "IPartnershipGrain" or "IShipmentGrain" or "IShipmentIndexGrain"
            or "IReportGrain" or "IReportIndexGrain" or "IAccountGrain" or "ISessionGrain")];

    private async Task<(JsonObject First, JsonObject Second)> ReadTwiceAsync(string operation)
    {
        var http = _host.Http;
        var marc = (await http.SignInAsync(People.BesanconNorth)).AccessToken;
        var id = ClientDocuments.Manifest().Single(d => ClientDocuments.OperationName(d.Value) == operation).Key;
        var (status, first) = await http.PostDocumentAsync(id, new { id = Seneclic }, marc);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(first["errors"]);

        _host.Calls.Clear();
        var (again, second) = await http.PostDocumentAsync(id, new { id = Seneclic }, marc);
        TestContext.Current.TestOutputHelper?.WriteLine($"From the API: {string.Join(", ", _host.Calls.FromApi)}");
        TestContext.Current.TestOutputHelper?.WriteLine($"All ({_host.Calls.All.Count}): {string.Join(", ", _host.Calls.All)}");
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Null(second["errors"]);
        return (first, second);
    }
}
