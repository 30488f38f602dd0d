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

        var cold = await MeasureAsync(link, client, newConnection: true);
        var warm = await MeasureAsync(link, client, newConnection: false);

        Assert.Equal(cold.Floor, cold.Counts.InjectedWait);
        Assert.Equal(warm.Floor, warm.Counts.InjectedWait);
        Assert.True(warm.Floor < cold.Floor);
    }

    private async Task<(TimeSpan Floor, LinkSnapshot Counts)> MeasureAsync(LinkProxy link, SequentialClient client, bool newConnection)
    {
        link.Counters.Reset();
        var clock = Stopwatch.StartNew();
        Assert.True(await client.SendAsync("GET", "/bytes/14000"));
        var measured = clock.Elapsed;
        var counts = link.Counters.Snapshot();
        var floor = link.Profile.ExchangeFloor(counts.PayloadBytesUp, counts.PayloadBytesDown, newConnection);
        output.WriteLine($"{(newConnection ? "cold" : "warm")}: measured {measured.TotalSeconds:0.000} s, floor {floor.TotalSeconds:0.000} s (×{measured / floor:0.00})");
        output.WriteLine($"  {counts}");
        return (floor, counts);
    }
}
