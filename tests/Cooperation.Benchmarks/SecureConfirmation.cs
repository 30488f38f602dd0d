using System.Diagnostics;
using Cooperation.FieldAgent;
using Cooperation.LinkEmulator;
using static Cooperation.Benchmarks.Budget;

namespace Cooperation.Benchmarks;

/// <summary>
/// B3 as phones will see it: one delivery confirmation over real TLS 1.3 to the host's TLS port, in HTTP/1.1 and in
/// HTTP/2, first on a new connection (TCP and TLS handshakes, HTTP/2's settings), then on the open one. The emulator
/// cannot read the traffic: it counts every byte both ways, the phone's client counts its requests.
/// </summary>
public static class SecureConfirmation
{
    /// <summary>DESIGN's B3 on an open connection.</summary>
    public const int OpenBudget = 1024;

    /// <summary>performance-anchors §7.2's B3 for a cold connection, TLS 1.3 handshake included.</summary>
    public const int ColdBudget = 7 * 1024;

    public static async Task RunAsync(BenchHost host, FieldAgentClient agent, string shipment, Func<string> nextItem, FieldAgentOptions phone, LinkProfile profile)
    {
        foreach (var transport in new[] { Transport.Http11, Transport.Http2 })
        {
            Console.WriteLine($"B3 — one delivery confirmation, {transport}, {profile}");
            await agent.SyncAsync(BenchHost.Partnership);
            await using var link = transport.Link(host, profile);
            using var http = transport.Client(host, link);
            var client = new FieldAgentClient(http, host.Operations, phone) { AccessToken = agent.AccessToken, Cursor = agent.Cursor };
            foreach (var cold in new[] { true, false })
            {
                link.Counters.Reset();
                var requestsBefore = client.Counts.Requests;
                var watch = Stopwatch.StartNew();
                var item = nextItem();
                client.Queue("confirmShipmentItems", AgentDay.Confirmation($"bench-tls-confirm-{item}", shipment, item, "RECEIVED"));
                var answer = await client.SyncAsync(BenchHost.Partnership);
                var time = watch.Elapsed;
                var counted = link.Counters.Snapshot();
                var requests = client.Counts.Requests - requestsBefore;
                var wire = counted.WireBytesUp + counted.WireBytesDown;
                var floor = transport.ExchangeFloor(profile, counted, cold);
                Console.WriteLine($"  {(cold ? "cold connection (TCP + TLS 1.3 handshakes)" : "open connection")}: {requests} request, {counted.ConnectionsOpened} new connection(s), " +
                    $"{answer.Acknowledged} acknowledged; up {Bytes(counted.PayloadBytesUp)} / down {Bytes(counted.PayloadBytesDown)} TCP payload, {Bytes(wire)} on the wire both ways; " +
                    $"{Seconds(time)} vs floor {Seconds(floor)} ({time / floor:0.00}×)");
                Console.WriteLine($"     {(cold ? Check(wire <= ColdBudget, "≤ 7 KB with the handshake (performance-anchors §7.2)") : Check(requests == 1 && wire <= OpenBudget, "≤ 1 KB on the wire, one request"))}");
            }
        }
        // HPACK lets a client send a header once per connection, then a one-byte index; this one never does.
        Console.WriteLine($"  (this client is .NET's HttpClient, whose HPACK encoder never indexes a request header (dotnet/runtime#132707): its " +
            $"{agent.AccessToken!.Length}-character bearer token goes whole in every request, where an encoder that indexes it sends it once per connection)");
        Console.WriteLine();
    }
}
