using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Cooperation.FieldAgent;
using Cooperation.Grains.Partnerships;
using Cooperation.Silo.Hosting;
using Cooperation.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Runtime;
using static Cooperation.Benchmarks.Budget;

namespace Cooperation.Benchmarks;

/// <summary>
/// B9: silo processes and the API as their client on Azurite (as <c>./run --silos N</c>). The failover: the silo holding
/// Sénéclic's partnership grain gets SIGKILL; the time until the API acknowledges a milestone change on that grain
/// again, 5 times (the silo started again between kills). Then read throughput with 1, 2 and 3 silos.
/// </summary>
public static class FailoverBudget
{
    private const string DemoPassword = "mot-de-passe-du-banc";
    private const int Kills = 5;
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);

    // The per-person budgets would answer most of a load test with 429: lifted, as for B7.
    private static readonly (string, string)[] NoLimits =
    [
        ("Cooperation__Api__RequestLimits__Person__PerMinute", "100000000"),
        ("Cooperation__Api__RequestLimits__Person__Burst", "100000000"),
        ("Cooperation__Api__RequestLimits__Person__Concurrent", "1000"),
        ("Cooperation__Api__RequestLimits__Person__Queued", "1000"),
        ("Cooperation__Api__RequestLimits__Address__PerMinute", "100000000"),
        ("Cooperation__Api__RequestLimits__Address__Burst", "100000000"),
    ];

    public static async Task RunAsync()
    {
        Console.WriteLine($"B9 — failover: two silos and the API as their client (Azurite blob + table); SIGKILL to the silo holding {CrashDrill.Partnership}'s partnership grain, then milestone changes retried every 100 ms until one is acknowledged; {Kills} kills");
        await using (var cluster = await LocalCluster.StartAsync(silos: 2, DemoPassword, Bound, CancellationToken.None))
        {
            var token = await CrashClient.SignInAsync(cluster.Address, CrashDrill.North, DemoPassword, CancellationToken.None);
            using var orleans = await ClientOfAsync(cluster);
            var times = new List<TimeSpan>();
            for (var kill = 1; kill <= Kills; kill++)
            {
                // The grain is active somewhere: a write on it first, then ask the cluster where it lives.
                if (!await CrashClient.TryPlanAsync(cluster.Address, token, $"b9-{Guid.NewGuid():N}", CancellationToken.None))
                    throw new InvalidOperationException("A milestone change failed before the kill.");
                var holder = await HolderAsync(orleans.Services.GetRequiredService<IGrainFactory>(), cluster);
                var clock = Stopwatch.StartNew();
                cluster.Kill(holder);
                var id = $"b9-{Guid.NewGuid():N}";
                while (!await CrashClient.TryPlanAsync(cluster.Address, token, id, CancellationToken.None))
                {
                    if (clock.Elapsed > Bound)
                        throw new InvalidOperationException("No write was served again.");
                    await Task.Delay(100);
                }
                times.Add(clock.Elapsed);
                Console.WriteLine($"  kill {kill} (silo {holder + 1}): served again after {Seconds(clock.Elapsed)}");
                await cluster.StartSiloAsync(holder, CancellationToken.None);
            }
            var sorted = times.Order().ToList();
            var median = sorted[sorted.Count / 2];
            Console.WriteLine($"  median {Seconds(median)}, {Check(median <= TimeSpan.FromSeconds(6), "≤ 6 s")}; max {Seconds(sorted[^1])}, {Check(sorted[^1] <= TimeSpan.FromSeconds(10), "≤ 10 s")}");
        }

        Console.WriteLine($"B9 — read throughput of the cluster: {CrashDrill.North} reads {CrashDrill.Partnership} with its milestones (Partnership document by GET) through the API, {Load.Generator}, {ReadThroughput.Duration.TotalSeconds:0} s after a warm-up");
        for (var silos = 1; silos <= 3; silos++)
        {
            await using var cluster = await LocalCluster.StartAsync(silos, DemoPassword, Bound, CancellationToken.None, NoLimits);
            using var http = FieldAgentClient.CreateHttpClient(cluster.Address, compressedAnswers: false);
            var operations = ClientOperations.Load(Path.Combine(EmbeddedApi.RepositoryRoot(), "web-client", "persisted-documents.json"));
            var client = new FieldAgentClient(http, operations);
            await client.SignInAsync(CrashDrill.North, DemoPassword);
            using var member = new Member(http, operations, client.AccessToken!);
            var path = member.QueryPath("Partnership", new JsonObject { ["id"] = CrashDrill.Partnership });
            var headers = new Dictionary<string, string> { ["Accept"] = Member.ResponseType, ["Authorization"] = $"Bearer {member.AccessToken}" };
            var (rate, _, failed, _, _) = await Load.ThroughputAsync(new Uri(cluster.Address, path), headers, ReadThroughput.Duration);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {silos} silo(s): {rate:N0} requests/s{(failed > 0 ? $" ({failed} failed)" : "")}"));
        }
        Console.WriteLine($"  figures, no budget: every process shares this machine's {Environment.ProcessorCount} cores, so more silos cannot show a speed-up here (a read is one grain on one silo; the API, Azurite and the load generator compete for the same cores).");
    }

    /// <summary>An Orleans client of the cluster, for the management grain's view of where grains live.</summary>
    private static async Task<IHost> ClientOfAsync(LocalCluster cluster)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(cluster.ClientConfiguration());
        builder.Logging.SetMinimumLevel(LogLevel.Error); // a killed silo's reset connections are expected here
        builder.AddCooperationClusterClient();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static async Task<int> HolderAsync(IGrainFactory grains, LocalCluster cluster)
    {
        var partnership = grains.GetGrain<IPartnershipGrain>(CrashDrill.Partnership).GetGrainId();
        var statistics = await grains.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        var port = statistics.Single(s => s.GrainId == partnership).SiloAddress.Endpoint.Port;
        return Enumerable.Range(0, cluster.SiloCount).Single(i => cluster.SiloPortOf(i) == port);
    }
}
