using System.Diagnostics;
using System.Text.Json.Nodes;
using Cooperation.FieldAgent;
using Cooperation.LinkEmulator;
using static Cooperation.Benchmarks.Budget;

namespace Cooperation.Benchmarks;

/// <summary>B5: one person's first sync of a partnership (Sync document, no cursor, no actions), counted at the link emulator.</summary>
public static class FirstSync
{
    /// <summary>Bytes of the answer, Brotli and plain, against the budget; with <paramref name="profiles"/>, its time on each.</summary>
    public static async Task RunAsync(BenchHost host, string accessToken, string partnershipId, FieldAgentOptions phone, params LinkProfile[] profiles)
    {
        foreach (var compressed in new[] { true, false })
        {
            await using var link = LinkProxy.Start(host.Address, LinkProfile.Loopback);
            using var http = FieldAgentClient.CreateHttpClient(link.BaseAddress, compressed);
            var client = new FieldAgentClient(http, host.Operations, phone) { AccessToken = accessToken };
            var first = await client.SyncAsync(partnershipId);
            var counted = link.Counters.Snapshot();
            Console.WriteLine($"  {(compressed ? "Brotli" : "plain ")}: {counted.Requests} request, answer {Bytes(counted.PayloadBytesDown)} HTTP, {Records(first.Changes)}" +
                (compressed ? $"; {Check(counted.Requests == 1 && counted.PayloadBytesDown <= 14 * 1024, "≤ 14 KB Brotli in one response")} ({Check(counted.PayloadBytesDown <= 30 * 1024, "hard limit ≤ 30 KB")})" : ""));
        }
        foreach (var profile in profiles)
        {
            await using var link = LinkProxy.Start(host.Address, profile);
            using var http = FieldAgentClient.CreateHttpClient(link.BaseAddress);
            var client = new FieldAgentClient(http, host.Operations, phone) { AccessToken = accessToken };
            var watch = Stopwatch.StartNew();
            await client.SyncAsync(partnershipId);
            Console.WriteLine($"  {profile.Name}, cold connection: {Timed(link.Counters.Snapshot(), watch.Elapsed, profile, newConnection: true)}");
        }
    }

    /// <summary>"580 records (50 milestones, 10 shipments with 500 items, …)" of a sync's changes.</summary>
    public static string Records(JsonObject changes)
    {
        var (milestones, shipments, items, reports, missions) = Counts(changes);
        return $"{milestones + shipments + items + reports + missions} records ({milestones} milestones, {shipments} shipments with {items} items, {reports} reports, {missions} missions)";
    }

    public static (int Milestones, int Shipments, int Items, int Reports, int Missions) Counts(JsonObject changes)
    {
        int Count(string name) => changes[name]?.AsArray().Count ?? 0;
        var items = changes["shipmentChanges"]?.AsArray().Sum(s => s!["items"]!.AsArray().Count) ?? 0;
        return (Count("milestones"), Count("shipmentChanges"), items, Count("reports"), Count("missions"));
    }

    /// <summary>An exchange's counts and time against the physical floor of its bytes on the profile.</summary>
    public static string Timed(LinkSnapshot counted, TimeSpan time, LinkProfile profile, bool newConnection)
    {
        var floor = profile.ExchangeFloor(counted.PayloadBytesUp, counted.PayloadBytesDown, newConnection);
        var ratio = floor > TimeSpan.Zero ? $" ({time / floor:0.00}×)" : "";
        return $"{counted.Requests} request(s), {counted.ConnectionsOpened} new connection(s); up {Bytes(counted.PayloadBytesUp)} / down {Bytes(counted.PayloadBytesDown)} HTTP, " +
            $"{Bytes(counted.WireBytesUp + counted.WireBytesDown)} on the wire both ways; {Seconds(time)} vs floor {Seconds(floor)}{ratio}";
    }
}
