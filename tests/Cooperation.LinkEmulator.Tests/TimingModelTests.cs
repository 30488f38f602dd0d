using System.Diagnostics;

namespace Cooperation.LinkEmulator.Tests;

/// <summary>
/// The wait the proxy injects for one exchange, against a floor worked out here from the profile and from the bytes
/// the client and the server saw: never from the proxy's own counters, which would agree with any mistake it made.
/// </summary>
public sealed class TimingModelTests(ITestOutputHelper output)
{
    // The wire as DESIGN's anchors model it (performance-anchors §6): 1,460-byte TCP segments, each with 52 B of
    // IPv4, TCP and timestamp headers; TLS 1.3 records of 16 KiB with 22 B each; a cold TLS handshake's flights of
    // 700 B up and 3,500 B down; a new connection's SYN and ACK up and SYN-ACK down as header-only packets.
    private const int Segment = 1460;
    private const int Headers = 52;
    private const int Record = 16 * 1024;
    private const int RecordOverhead = 22;

    /// <summary>
    /// A 14 KB answer over EDGE (fits TCP's first window, as DESIGN's first sync should), cold then warm: the wait
    /// the proxy injected is exactly the floor. The measured times are printed, never asserted.
    /// </summary>
    [Fact(Timeout = Deadline.Test)]
    public async Task Edge_14KbDownloadColdThenWarm_InjectedWaitIsTheFloor()
    {
        await using var server = new TinyHttpServer();
        await using var link = LinkProxy.Start(server.Host, server.Port, LinkProfile.Edge);
        using var client = new SequentialClient(link.EndPoint, TestContext.Current.CancellationToken);

        var cold = await MeasureAsync(link, server, client, 14_000, newConnection: true);
        var warm = await MeasureAsync(link, server, client, 14_000, newConnection: false);

        Assert.Equal(cold.Floor, cold.Counts.InjectedWait);
        Assert.Equal(warm.Floor, warm.Counts.InjectedWait);
        // The cold exchange pays two round trips of handshake (TCP, TLS) and its flights on top of the warm one.
        Assert.Equal(2 * LinkProfile.Edge.RoundTrip + Transmit(2 * Headers + Flight(700), LinkProfile.Edge.UpKbps)
            + Transmit(Headers + Flight(3500), LinkProfile.Edge.DownKbps), cold.Floor - warm.Floor);
    }

    /// <summary>
    /// 100 KB over Slow 4G, where pacing is finest (a packet every 7.6 ms): the injected wait is the floor and the
    /// answer went down in as many packets as its bytes fill; the printed ratio shows how closely real time follows.
    /// </summary>
    [Fact(Timeout = Deadline.Test)]
    public async Task Slow4G_100KbDownloadWarm_InjectedWaitIsTheFloor()
    {
        await using var server = new TinyHttpServer();
        await using var link = LinkProxy.Start(server.Host, server.Port, LinkProfile.Slow4G);
        using var client = new SequentialClient(link.EndPoint, TestContext.Current.CancellationToken);
        Assert.True(await client.SendAsync("GET", "/bytes/0"));

        var warm = await MeasureAsync(link, server, client, 100_000, newConnection: false);

        Assert.Equal(warm.Floor, warm.Counts.InjectedWait);
        Assert.Equal(Packets(warm.Served.ResponseBytes), warm.Counts.PacketsDown);
    }

    private async Task<(TimeSpan Floor, LinkSnapshot Counts, ServedRequest Served)> MeasureAsync(
        LinkProxy link, TinyHttpServer server, SequentialClient client, int bytes, bool newConnection)
    {
        link.Counters.Reset();
        var clock = Stopwatch.StartNew();
        Assert.True(await client.SendAsync("GET", $"/bytes/{bytes}"));
        var measured = clock.Elapsed;
        var counts = link.Counters.Snapshot();
        var served = server.Served.Last();
        // What went through is what the two ends sent: the proxy's byte counts are checked, not trusted.
        Assert.Equal((served.RequestBytes, served.ResponseBytes), (counts.PayloadBytesUp, counts.PayloadBytesDown));
        var floor = Floor(link.Profile, served.RequestBytes, served.ResponseBytes, newConnection);
        output.WriteLine($"{bytes:N0} B {(newConnection ? "cold" : "warm")} over {link.Profile.Name}: measured {measured.TotalSeconds:0.000} s, floor {floor.TotalSeconds:0.000} s (×{measured / floor:0.00})");
        output.WriteLine($"  {counts}");
        return (floor, counts, served);
    }

    /// <summary>
    /// One loss-free exchange over TLS: the handshakes of a new connection, the request's and the answer's bytes with
    /// their packet and record headers at the link's rates (summed per direction), and one round trip.
    /// </summary>
    private static TimeSpan Floor(LinkProfile profile, long requestBytes, long responseBytes, bool newConnection)
    {
        var (roundTrips, up, down) = newConnection ? (2, 2L * Headers + Flight(700), (long)Headers + Flight(3500)) : (0, 0L, 0L);
        up += OnTheWire(requestBytes);
        down += OnTheWire(responseBytes);
        return (roundTrips + 1) * profile.RoundTrip + Transmit(up, profile.UpKbps) + Transmit(down, profile.DownKbps);
    }

    private static long OnTheWire(long bytes) => bytes + Headers * Packets(bytes) + RecordOverhead * CeilingDivide(bytes, Record);

    // The handshake's flights already hold their records' headers: only the packets' are added.
    private static long Flight(int bytes) => bytes + Headers * Packets(bytes);

    private static long Packets(long bytes) => CeilingDivide(bytes, Segment);

    private static long CeilingDivide(long bytes, int unit) => (bytes + unit - 1) / unit;

    private static TimeSpan Transmit(long bytes, int kbps) => TimeSpan.FromTicks(bytes * 8 * TimeSpan.TicksPerSecond / (kbps * 1000L));
}
