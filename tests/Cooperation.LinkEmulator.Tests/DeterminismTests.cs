namespace Cooperation.LinkEmulator.Tests;

public sealed class DeterminismTests
{
    /// <summary>DESIGN's dropped connections, drawn from a seed: two runs of the same requests meet the same drops at the same bytes.</summary>
    [Fact(Timeout = Deadline.Test)]
    public async Task RandomDrops_SameSeed_SameDrops()
    {
        var first = await DayOfRequestsAsync(seed: 7, TestContext.Current.CancellationToken);
        var second = await DayOfRequestsAsync(seed: 7, TestContext.Current.CancellationToken);
        var otherSeed = await DayOfRequestsAsync(seed: 8, TestContext.Current.CancellationToken);

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
        Assert.NotEqual(first, otherSeed);
    }

    /// <summary>Lost packets, drawn from a seed, stall the same packets on every run; the wait is the loss-free model plus those stalls.</summary>
    [Fact(Timeout = Deadline.Test)]
    public async Task Loss_SameSeed_SameStalls()
    {
        var lossy = new LinkProfile("fast lossy", 10_000, 10_000, TimeSpan.FromMilliseconds(20), Loss: 0.15);

        var first = await DownloadAsync(lossy, seed: 11, TestContext.Current.CancellationToken);
        var second = await DownloadAsync(lossy, seed: 11, TestContext.Current.CancellationToken);

        Assert.True(first.LostPackets > 0, first.ToString());
        Assert.Equal(first, second);
        Assert.Equal(lossy.ExchangeFloor(first.PayloadBytesUp, first.PayloadBytesDown, newConnection: true) + first.StallWait, first.InjectedWait);
    }

    private static async Task<IReadOnlyList<DropRecord>> DayOfRequestsAsync(int seed, CancellationToken cancellation)
    {
        await using var server = new TinyHttpServer();
        await using var link = LinkProxy.Start(server.Host, server.Port, LinkProfile.Loopback.With(drops: 0.3), new LinkProxyOptions { Seed = seed });
        using var client = new SequentialClient(link.EndPoint, cancellation);
        for (var i = 0; i < 20; i++)
            await client.SendAsync(i % 4 == 0 ? "POST" : "GET", $"/bytes/{2000 + 500 * i}", bodyBytes: i % 4 == 0 ? 20_000 : 200);
        return link.Drops;
    }

    private static async Task<LinkSnapshot> DownloadAsync(LinkProfile profile, int seed, CancellationToken cancellation)
    {
        await using var server = new TinyHttpServer();
        await using var link = LinkProxy.Start(server.Host, server.Port, profile, new LinkProxyOptions { Seed = seed });
        using var client = new SequentialClient(link.EndPoint, cancellation);
        Assert.True(await client.SendAsync("GET", "/bytes/40000"));
        return link.Counters.Snapshot();
    }
}
