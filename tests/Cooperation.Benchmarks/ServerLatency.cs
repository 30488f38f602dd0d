using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Cooperation.Benchmarks;

/// <summary>
/// B8: the server's latency at half of B7's load (the rate B7 measured on the same whole Partnership document), on a new partnership and on the aged one: its member reads it (the
/// Partnership document by GET) at that rate, and meanwhile changes a milestone's progress one change after the other
/// (each durable before its answer). Over loopback: the time is the server's and the load generator's.
/// </summary>
public static class ServerLatency
{
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);

    public static async Task RunAsync(BenchHost host, double b7PerSecond)
    {
        var rate = b7PerSecond / 2;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"B8 — server latency at half of B7's load on the whole Partnership document: reads at {rate:N0}/s for {Duration.TotalSeconds:0} s (open loop, timed from when each was due), durable writes one after the other meanwhile"));
        foreach (var partnership in new[] { AgedPartnership.New, AgedPartnership.Aged })
        {
            using var member = await host.MemberAsync(partnership.Email);
            var revision = await AgedPartnership.RevisionAsync(member, partnership.Slug);
            var milestone = await AgedPartnership.PlanMilestoneAsync(member, partnership.Slug, "Mesure de la latence");
            var path = member.QueryPath("Partnership", new JsonObject { ["id"] = partnership.Slug });
            using var stop = new CancellationTokenSource();
            var writing = WriteAsync(member, milestone, stop.Token);
            var (reads, failed) = await Load.OpenLoopAsync(member.Http, () => member.Get(path), rate, Duration);
            await stop.CancelAsync();
            var writes = await writing;
            Console.WriteLine($"  {partnership.Slug} at revision {revision:N0}:");
            Console.WriteLine($"    reads  {reads.Count:N0}: {reads}{(failed == 0 ? "" : $", {failed} not 2xx")}; {Budget.Check(reads.At(0.99) <= 25 && failed == 0, "p99 ≤ 25 ms")}");
            Console.WriteLine($"    writes {writes.Count:N0}: {writes}; {Budget.Check(writes.At(0.99) <= 100, "p99 ≤ 100 ms")}");
        }
        Console.WriteLine("  (the load generator runs in this process, beside the server, on the same cores)");
    }

    private static async Task<Latencies> WriteAsync(Member member, string milestone, CancellationToken stop)
    {
        var times = new List<double>();
        for (var step = 0; !stop.IsCancellationRequested; step++)
        {
            var watch = Stopwatch.StartNew();
            await member.MutateAsync("RecordMilestoneProgress", new JsonObject { ["input"] = AgedPartnership.Progress(milestone, step) });
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        return new Latencies(times);
    }
}
