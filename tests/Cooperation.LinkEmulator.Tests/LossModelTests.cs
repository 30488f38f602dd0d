namespace Cooperation.LinkEmulator.Tests;

public sealed class LossModelTests
{
    /// <summary>
    /// With every packet lost, the first and last three packets of a message wait a retransmission timeout
    /// (no duplicate acknowledgement can announce them) and the ones between wait a round trip.
    /// </summary>
    [Fact(Timeout = Deadline.Test)]
    public async Task Loss_EveryPacket_EdgesWaitTimeoutMiddleWaitsRoundTrip()
    {
        var allLost = new LinkProfile("all lost", 10_000, 10_000, TimeSpan.FromMilliseconds(20)).With(loss: 1);
        await using var server = new TinyHttpServer();
        await using var link = LinkProxy.Start(server.Host, server.Port, allLost);
        using var client = new SequentialClient(link.EndPoint, TestContext.Current.CancellationToken);

        // 14,042 bytes of answer: 10 packets, of which 6 at the edges; the request is 1 packet, an edge.
        Assert.True(await client.SendAsync("GET", "/bytes/14000"));

        var counts = link.Counters.Snapshot();
        Assert.Equal(TimeSpan.FromSeconds(1), allLost.RetransmissionTimeout);
        Assert.Equal((1, 10), (counts.PacketsUp, counts.PacketsDown));
        Assert.Equal(11, counts.LostPackets);
        Assert.Equal(7 * allLost.RetransmissionTimeout + 4 * allLost.RoundTrip, counts.StallWait);
    }

    /// <summary>The timeout follows RFC 6298: never under a second, else the round trip plus 200 ms.</summary>
    [Fact]
    public void RetransmissionTimeout_Profiles_AtLeastOneSecond()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(1040), LinkProfile.Edge.RetransmissionTimeout);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), LinkProfile.TwoG.RetransmissionTimeout);
        Assert.Equal(TimeSpan.FromSeconds(1), LinkProfile.Slow4G.RetransmissionTimeout);
    }
}
