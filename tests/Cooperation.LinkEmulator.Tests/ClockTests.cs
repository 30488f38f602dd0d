using Microsoft.Extensions.Time.Testing;

namespace Cooperation.LinkEmulator.Tests;

public sealed class ClockTests
{
    /// <summary>
    /// Delays run on the given clock: on a hand-moved clock nothing reaches the server before the model's
    /// time (TCP handshake, the packet's transmission, half a round trip), and it arrives once that time passed.
    /// </summary>
    [Fact]
    public async Task Delays_OnHandMovedClock_BytesArriveOnlyWhenTheModelSays()
    {
        var clock = new FakeTimeProvider();
        await using var server = new EchoServer(echo: false);
        await using var link = LinkProxy.Start("127.0.0.1", server.Port, LinkProfile.Edge, new LinkProxyOptions { Time = clock, ModelTls = false });
        using var client = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(link.EndPoint, TestContext.Current.CancellationToken);
        await client.SendAsync(new byte[100], SocketFlags.None, TestContext.Current.CancellationToken);

        // 840 ms of handshake, its 104 B up and 52 B down, 152 B of packet at 200 kbit/s, then 420 ms.
        var arrival = LinkProfile.Edge.RoundTrip + Transmit(104, 200) + Transmit(52, 240) + Transmit(152, 200) + LinkProfile.Edge.RoundTrip / 2;
        await Task.Delay(200, TestContext.Current.CancellationToken);
        clock.Advance(arrival - TimeSpan.FromMilliseconds(1));
        await Task.Delay(200, TestContext.Current.CancellationToken);
        var beforeTime = server.Received;
        clock.Advance(TimeSpan.FromMilliseconds(1));
        // On a loaded machine the proxy may set its delay only after the clock moved: keep the clock moving (the model's
        // wait is counted apart from the clock), and give up after a while instead of waiting forever.
        var giveUp = DateTime.UtcNow.AddSeconds(30);
        while (server.Received < 100 && DateTime.UtcNow < giveUp)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
            if (server.Received < 100)
                clock.Advance(TimeSpan.FromMilliseconds(10));
        }

        Assert.Equal(100, server.Received);
        Assert.Equal(0, beforeTime);
        Assert.Equal(arrival, link.Counters.Snapshot().InjectedWait);
    }

    private static TimeSpan Transmit(int bytes, int kbps) => TimeSpan.FromTicks(bytes * 8 * TimeSpan.TicksPerSecond / (kbps * 1000L));
}
