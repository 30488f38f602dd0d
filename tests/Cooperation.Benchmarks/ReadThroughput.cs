using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Cooperation.Benchmarks;

/// <summary>
/// B7: how many reads a second the API answers on this machine, against a plain ASP.NET Core minimal-API endpoint
/// answering the same JSON, started in the same run, by GET as the web client sends them (no compression asked of
/// either). Two reads: DESIGN's B7, a signed-in member's partnership with its milestones (the PartnershipMilestones
/// document), which the budget is for; and the web client's whole Partnership screen (milestones, shipments and reports),
/// printed as a figure beside it.
/// </summary>
public static class ReadThroughput
{
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);

    /// <summary>Prints both reads' rates and ratios; returns the API's rate on the whole Partnership document, whose half is B8's load.</summary>
    public static async Task<double> RunAsync(BenchHost host)
    {
        Console.WriteLine($"B7 — read throughput: {BenchHost.North} reads {BenchHost.Partnership} by GET, {Load.Generator}, {Duration.TotalSeconds:0} s after a warm-up, each against a plain endpoint answering the same JSON");
        using var member = await host.MemberAsync(BenchHost.North);
        var (milestonesRatio, _, milestonesFailed) = await MeasureAsync(host, member, "PartnershipMilestones",
            "B7 as DESIGN defines it: the partnership with its milestones");
        var (wholeRatio, wholeRate, _) = await MeasureAsync(host, member, "Partnership",
            "the web client's whole Partnership screen: milestones, shipments, reports (a figure, no budget)");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  B7 ratio {milestonesRatio:P0} (partnership with its milestones); {Budget.Check(milestonesRatio >= 0.25 && milestonesFailed == 0, "≥ 25 % of the plain endpoint")}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  whole Partnership screen: ratio {wholeRatio:P0}"));
        Console.WriteLine("  (both servers in this process, the load generator beside them on the same cores; one person's concurrency limit lifted)");
        return wholeRate;
    }

    /// <summary>One document: the plain endpoint's rate, then the API's, its grain calls per read and the ratio.</summary>
    private static async Task<(double Ratio, double ApiRate, long ApiFailed)> MeasureAsync(BenchHost host, Member member, string operation, string what)
    {
        var path = member.QueryPath(operation, new JsonObject { ["id"] = BenchHost.Partnership });
        using var response = await member.Http.SendAsync(member.Get(path));
        var answer = await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync();
        var document = JsonNode.Parse(answer)!;
        var headers = new Dictionary<string, string> { ["Accept"] = Member.ResponseType, ["Authorization"] = $"Bearer {member.AccessToken}" };

        await using var plain = await PlainEndpoint.StartAsync(document);
        var (plainRate, _, plainFailed, plainCpu, plainAllocated) = await Load.ThroughputAsync(new Uri(plain.Address, path), headers, Duration);
        var (apiRate, apiRequests, apiFailed, apiCpu, apiAllocated) = await Load.ThroughputAsync(new Uri(host.Address, path), headers, Duration, async () =>
        {
            await host.Costs.SettleAsync();
            host.Costs.Reset();
        });
        await host.Costs.SettleAsync();
        var costs = host.Costs.Snapshot();
        var reads = (double)Math.Max(1, apiRequests);
        var ratio = apiRate / plainRate;
        Console.WriteLine($"  {operation} document — {what}, {answer.Length:N0} characters of JSON:");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"     plain minimal API (the same JSON, serialized from a JsonNode at each request): {plainRate:N0} requests/s{Failures(plainFailed)}, {plainCpu:N0} µs of CPU and {plainAllocated / 1024:N1} KB allocated each"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"     the API (persisted document, access, grain reads, GraphQL execution): {apiRate:N0} requests/s{Failures(apiFailed)}, {apiCpu:N0} µs of CPU and {apiAllocated / 1024:N1} KB allocated each; ratio {ratio:P0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"     per read: {costs.GrainCalls / reads:0.0} grain calls, {costs.StorageWrites / reads:0.00} storage writes ({costs.DescribeGrainCalls()})"));
        return (ratio, apiRate, apiFailed);
    }

    private static string Failures(long failed) => failed == 0 ? "" : $", {failed:N0} not 2xx";

    /// <summary>The baseline: ASP.NET Core's minimal API with nothing but one GET answering the JSON.</summary>
    private sealed class PlainEndpoint(WebApplication app, Uri address) : IAsyncDisposable
    {
        public Uri Address => address;

        public static async Task<PlainEndpoint> StartAsync(JsonNode document)
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            _ = document.ToJsonString(); // every part of the node built before threads share it
            app.MapGet("/graphql", () => Results.Json(document, contentType: Member.ResponseType));
            await app.StartAsync();
            var address = app.Urls.First();
            return new PlainEndpoint(app, new Uri(address));
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
