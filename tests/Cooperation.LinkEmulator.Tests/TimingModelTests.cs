using System.Diagnostics;

namespace Cooperation.LinkEmulator.Tests;

public sealed class TimingModelTests(ITestOutputHelper output)
{
    /// <summary>
    /// A 14 KB answer over EDGE (fits TCP's first window, as DESIGN's first sync should), cold then warm:
    /// the wait the proxy injected is exactly the model's floor. The measured times are printed, never asserted.
    /// </summary>
    [Fact]
    public async Task Edge_14KbDownloadColdThenWarm_InjectedWaitIsTheFloor()
    {
        await using var server = new TinyHttpServer();
        await using var link = LinkProxy.Start(server.Host, server.Port, LinkProfile.Edge);
        using var client = new SequentialClient(link.EndPoint);

        var cold = await MeasureAsync(link, client, 14_000, newConnection: true);
        var warm = await MeasureAsync(link, client, 14_000, newConnection: false);

        Assert.Equal(cold.Floor, cold.Counts.InjectedWait);
        Assert.Equal(warm.Floor, warm.Counts.InjectedWait);
        Assert.True(warm.Floor < cold.Floor);
    }

    /// <summary>
    /// 100 KB over Slow 4G, where pacing is finest (a packet every 7.6 ms): the injected wait is the floor;
    /// the printed ratio shows how closely real time follows it.
    /// </summary>
    [Fact]
    public async Task Slow4G_100KbDownloadWarm_InjectedWaitIsTheFloor()
    {
        await using var server = new TinyHttpServer();
        await using var link = LinkProxy.Start(server.Host, server.Port, LinkProfile.Slow4G);
        using var client = new SequentialClient(link.EndPoint);
        Assert.True(await client.SendAsync("GET", "/bytes/0"));

        var warm = await MeasureAsync(link, client, 100_000, newConnection: false);

        Assert.Equal(warm.Floor, warm.Counts.InjectedWait);
        Assert.Equal(69, warm.Counts.PacketsDown);
    }

    private async Task<(TimeSpan Floor, LinkSnapshot Counts)> MeasureAsync(LinkProxy link, SequentialClient client, int bytes, bool newConnection)
    {
        link.Counters.Reset();
        var clock = Stopwatch.StartNew();
        Assert.True(await client.SendAsync("GET", $"/bytes/{bytes}"));
        var measured = clock.Elapsed;
        var counts = link.Counters.Snapshot();
        var floor = link.Profile.ExchangeFloor(counts.PayloadBytesUp, counts.PayloadBytesDown, newConnection);
        output.WriteLine($"{bytes:N0} B {(newConnection ? "cold" : "warm")} over {link.Profile.Name}: measured {measured.TotalSeconds:0.000} s, floor {floor.TotalSeconds:0.000} s (×{measured / floor:0.00})");
        output.WriteLine($"  {counts}");
        return (floor, counts);
    }
}
