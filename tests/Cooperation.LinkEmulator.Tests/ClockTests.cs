namespace Cooperation.LinkEmulator.Tests;

public sealed class ClockTests
{
    /// <summary>
    /// Delays run on the given clock: with that clock held still, the proxy schedules the first packet on it at the
    /// model's time (TCP handshake, the packet's transmission, half a round trip) to the next millisecond up, holds it
    /// while the clock is one tick short, and delivers it once the clock gets there. The expected time is worked out
    /// here from the profile, not read from the proxy.
    /// </summary>
    [Fact(Timeout = Deadline.Test)]
    public async Task Delays_OnHandMovedClock_BytesArriveOnlyWhenTheModelSays()
    {
        var clock = new WatchedClock();
        var edge = LinkProfile.Edge;
        await using var server = new EchoServer(echo: false);
        await using var link = LinkProxy.Start("127.0.0.1", server.Port, edge, new LinkProxyOptions { Time = clock, ModelTls = false });
        using var client = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(link.EndPoint, TestContext.Current.CancellationToken);
        await client.SendAsync(new byte[100], SocketFlags.None, TestContext.Current.CancellationToken);

        // A round trip of handshake, its 104 B up (SYN, ACK) and 52 B down (SYN-ACK), the packet's 100 B and 52 B of
        // headers up, then half a round trip.
        var arrival = edge.RoundTrip + Transmit(104, edge.UpKbps) + Transmit(52, edge.DownKbps) + Transmit(152, edge.UpKbps) + edge.RoundTrip / 2;
        // A bound in case the proxy never waits on this clock, not a measure: the test never reads the machine's time.
        var delivery = await clock.FirstTimer.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        clock.Advance(arrival - TimeSpan.FromTicks(1));
        var heldOneTickShort = !delivery.Fired;
        clock.Advance(OneMillisecond);
        await server.ReceivedAtLeast(100).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        // A timer counts whole milliseconds: the wait asked for is the model's, rounded up to the next one.
        Assert.InRange(delivery.DueTime, arrival, arrival + OneMillisecond);
        Assert.True(heldOneTickShort, "the packet left before the model's time");
        Assert.Equal(100, server.Received);
        Assert.Equal(arrival, link.Counters.Snapshot().InjectedWait);
    }

    private static readonly TimeSpan OneMillisecond = TimeSpan.FromMilliseconds(1);

    private static TimeSpan Transmit(int bytes, int kbps) => TimeSpan.FromTicks(bytes * 8 * TimeSpan.TicksPerSecond / (kbps * 1000L));
}
