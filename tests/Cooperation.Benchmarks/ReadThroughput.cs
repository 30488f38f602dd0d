using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Cooperation.Benchmarks;

/// <summary>
/// B7: how many reads a second the API answers on this machine, against a plain ASP.NET Core minimal-API endpoint
/// answering the same JSON, started in the same run: a signed-in member's partnership with its milestones, the web
/// client's Partnership document by GET, as it sends it (no compression asked of either).
/// </summary>
public static class ReadThroughput
{
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);

    /// <summary>Prints both rates and their ratio; returns the API's, whose half is B8's load.</summary>
    public static async Task<double> RunAsync(BenchHost host)
    {
        Console.WriteLine($"B7 — read throughput: {BenchHost.North} reads {BenchHost.Partnership} with its milestones (Partnership document by GET), {Load.Generator}, {Duration.TotalSeconds:0} s after a warm-up");
        using var member = await host.MemberAsync(BenchHost.North);
        var path = member.QueryPath("Partnership", new JsonObject { ["id"] = BenchHost.Partnership });
        using var response = await member.Http.SendAsync(member.Get(path));
        var answer = await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync();
        var document = JsonNode.Parse(answer)!;
        var headers = new Dictionary<string, string> { ["Accept"] = Member.ResponseType, ["Authorization"] = $"Bearer {member.AccessToken}" };

        await using var plain = await PlainEndpoint.StartAsync(document);
        var (plainRate, _, plainFailed) = await Load.ThroughputAsync(new Uri(plain.Address, path), headers, Duration);
        var (apiRate, apiRequests, apiFailed) = await Load.ThroughputAsync(new Uri(host.Address, path), headers, Duration, async () =>
        {
            await host.Costs.SettleAsync();
            host.Costs.Reset();
        });
        await host.Costs.SettleAsync();
        var costs = host.Costs.Snapshot();
        var reads = (double)Math.Max(1, apiRequests);
        var ratio = apiRate / plainRate;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  plain minimal API (the same {answer.Length:N0}-character JSON, serialized from a JsonNode at each request): {plainRate:N0} requests/s{Failures(plainFailed)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  the API (persisted document, access, grain read, GraphQL execution): {apiRate:N0} requests/s{Failures(apiFailed)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"     per read: {costs.GrainCalls / reads:0.0} grain calls, {costs.StorageWrites / reads:0.00} storage writes ({costs.DescribeGrainCalls()})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ratio {ratio:P0}; {Budget.Check(ratio >= 0.25 && apiFailed == 0, "≥ 25 % of the plain endpoint")}"));
        Console.WriteLine("  (both servers in this process, the load generator beside them on the same cores; one person's concurrency limit lifted)");
        return apiRate;
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
