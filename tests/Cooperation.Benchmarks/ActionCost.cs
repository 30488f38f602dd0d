using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Cooperation.FieldAgent;
using static Cooperation.Benchmarks.Budget;

namespace Cooperation.Benchmarks;

/// <summary>
/// B10: what one action costs inside the server. Grain calls and storage writes of one confirmation (one sync carrying
/// one confirmShipmentItems, as the phone sends it); bytes written and time of one milestone change on a new
/// partnership and on one with 10,000 changes. Counted by the silo's own counters (SiloMetrics), read in this process.
/// </summary>
public static class ActionCost
{
    public const int Confirmations = 50;
    public const int MilestoneChanges = 100;

    public static async Task ConfirmationsAsync(BenchHost host, FieldAgentOptions phone)
    {
        Console.WriteLine($"B10 — one confirmation (one sync carrying one confirmShipmentItems, as the phone sends it), {Confirmations} of them, each on its own item");
        var (marc, marcHttp) = await host.DirectAsync(BenchHost.North, phone);
        var (fatou, fatouHttp) = await host.DirectAsync(BenchHost.South, phone);
        using var _ = marcHttp;
        using var __ = fatouHttp;
        var shipment = await AgentDay.AutumnShipmentArrivedAsync(marc, BenchHost.Partnership);
        await fatou.SyncAsync(BenchHost.Partnership); // the phone has its cursor, as on any day but the first

        var calls = new List<long>();
        var writes = new List<long>();
        var seals = new List<long>();
        Silo.Diagnostics.SiloCosts? first = null;
        for (var item = 1; item <= Confirmations; item++)
        {
            await host.Costs.SettleAsync();
            host.Costs.Reset();
            fatou.Queue("confirmShipmentItems", AgentDay.Confirmation($"bench-cost-i{item}", shipment, $"i{item}", "RECEIVED"));
            var answer = await fatou.SyncAsync(BenchHost.Partnership);
            if (answer.Acknowledged != 1)
                throw new FieldAgentException($"A confirmation was not acknowledged: {answer.Results.ToJsonString()}");
            await host.Costs.SettleAsync();
            var costs = host.Costs.Snapshot();
            first ??= costs;
            calls.Add(costs.GrainCalls);
            writes.Add(costs.StateWrites);
            seals.Add(costs.JournalWrites);
        }
        Console.WriteLine($"  grain calls per confirmation: mean {calls.Average().ToString("0.0", CultureInfo.InvariantCulture)}, max {calls.Max()}; {Check(calls.Max() <= 4, "≤ 4")}");
        Console.WriteLine($"  storage writes per confirmation: grain states mean {writes.Average().ToString("0.0", CultureInfo.InvariantCulture)}, max {writes.Max()}; {Check(writes.Max() <= 2, "≤ 2")}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  plus journal seals (a 64-entry segment, or its receipt filter): {seals.Sum()} in {Confirmations} confirmations, {(writes.Sum() + seals.Sum()) / (double)Confirmations:0.00} writes per confirmation in all"));
        Console.WriteLine($"  the first: {first!.DescribeGrainCalls()}");
        Console.WriteLine($"             writes {first.DescribeStorageWrites()}, {Bytes(first.BytesWritten)}");
    }

    public static async Task MilestoneChangesAsync(BenchHost host)
    {
        Console.WriteLine($"B10 — one milestone change (RecordMilestoneProgress document, one after the other, {MilestoneChanges} each) on a new partnership and on an aged one");
        var figures = new List<(long Revision, double Bytes, double Writes, Latencies Times)>();
        foreach (var partnership in new[] { AgedPartnership.New, AgedPartnership.Aged })
        {
            using var member = await host.MemberAsync(partnership.Email);
            var milestone = await AgedPartnership.PlanMilestoneAsync(member, partnership.Slug, "Mesure du coût d'un changement");
            var revision = await AgedPartnership.RevisionAsync(member, partnership.Slug);
            await host.Costs.SettleAsync();
            host.Costs.Reset();
            var times = new List<double>(MilestoneChanges);
            for (var step = 0; step < MilestoneChanges; step++)
            {
                var watch = Stopwatch.StartNew();
                await member.MutateAsync("RecordMilestoneProgress", new JsonObject { ["input"] = AgedPartnership.Progress(milestone, step) });
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            await host.Costs.SettleAsync();
            var costs = host.Costs.Snapshot();
            var figure = (revision, costs.BytesWritten / (double)MilestoneChanges, costs.StorageWrites / (double)MilestoneChanges, new Latencies(times));
            figures.Add(figure);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {partnership.Slug} at revision {revision:N0}: {Bytes((long)figure.Item2)} written per change ({figure.Item3:0.0} writes: {costs.DescribeStorageWrites()}); request {figure.Item4}"));
        }
        var (young, old) = (figures[0], figures[1]);
        var bytesRatio = old.Bytes / young.Bytes;
        var p50Ratio = old.Times.At(0.5) / young.Times.At(0.5);
        var p99Ratio = old.Times.At(0.99) / young.Times.At(0.99);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  aged ÷ new: bytes written ×{bytesRatio:0.00}, {Check(bytesRatio <= 1.2, "≤ 1.2")}; write p50 ×{p50Ratio:0.00}, {Check(p50Ratio <= 1.2, "≤ 1.2")}; write p99 ×{p99Ratio:0.00}"));
        Console.WriteLine("  (a change's time is the whole request, over loopback, on the embedded default: fsynced to the local disk before the answer)");
    }
}
