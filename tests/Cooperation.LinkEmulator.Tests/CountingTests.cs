using System.Net;

namespace Cooperation.LinkEmulator.Tests;

public sealed class CountingTests
{
    // The documented model, restated: a TCP handshake is SYN and ACK up, SYN-ACK down (52 B each); TLS 1.3
    // adds a 700 B client flight (1 packet) and a 3,500 B server flight (3 packets).
    private const long HandshakeUp = 2 * 52 + 700 + 52;
    private const long HandshakeDown = 52 + 3500 + 3 * 52;

    /// <summary>
    /// Three requests on one keep-alive connection — a download, a sized upload, a chunked upload — are
    /// counted as three requests on one connection, with exactly the bytes the server read and wrote.
    /// </summary>
    [Fact(Timeout = Deadline.Test)]
    public async Task Counters_ThreeRequestsOnKeepAlive_ExactBytesPacketsAndRequests()
    {
        await using var server = new TinyHttpServer();
        await using var link = LinkProxy.Start(server.Host, server.Port, LinkProfile.Loopback);
        using var http = new HttpClient { BaseAddress = link.BaseAddress };

        Assert.Equal(10_000, (await http.GetByteArrayAsync("/bytes/10000", TestContext.Current.CancellationToken)).Length);
        using (var sized = await http.PostAsync("/upload", new ByteArrayContent(new byte[3000]), TestContext.Current.CancellationToken))
            Assert.Equal(HttpStatusCode.OK, sized.StatusCode);
        using (var chunked = new HttpRequestMessage(HttpMethod.Post, "/bytes/20000") { Content = new StreamContent(new MemoryStream(new byte[5000])) })
        {
            chunked.Headers.TransferEncodingChunked = true;
            using var answer = await http.SendAsync(chunked, TestContext.Current.CancellationToken);
            Assert.Equal(20_000, (await answer.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length);
        }

        var served = server.Served.ToArray();
        var counts = link.Counters.Snapshot();
        Assert.Equal([3000L, 5000L], served.Skip(1).Select(r => r.BodyBytes));
        Assert.Equal(3, counts.Requests);
        Assert.Equal(1, counts.ConnectionsOpened);
        Assert.Equal(served.Sum(r => r.RequestBytes), counts.PayloadBytesUp);
        Assert.Equal(served.Sum(r => r.ResponseBytes), counts.PayloadBytesDown);
        Assert.Equal(served.Sum(r => Packets(r.RequestBytes)), counts.PacketsUp);
        Assert.Equal(served.Sum(r => Packets(r.ResponseBytes)), counts.PacketsDown);
        Assert.Equal(HandshakeUp + served.Sum(r => Wire(r.RequestBytes)), counts.WireBytesUp);
        Assert.Equal(HandshakeDown + served.Sum(r => Wire(r.ResponseBytes)), counts.WireBytesDown);
        Assert.Equal(0, counts.ConnectionsDropped);
    }

    /// <summary>
    /// A chunked answer's end is found from its framing: the answer after it on the same connection starts
    /// a message of its own (its own packets), and a HEAD answer's declared length is not waited for.
    /// </summary>
    [Fact(Timeout = Deadline.Test)]
    public async Task Counters_ChunkedThenHeadThenSized_EachAnswerItsOwnPackets()
    {
        await using var server = new TinyHttpServer();
        await using var link = LinkProxy.Start(server.Host, server.Port, LinkProfile.Loopback);
        using var http = new HttpClient { BaseAddress = link.BaseAddress };

        Assert.Equal(5000, (await http.GetByteArrayAsync("/chunked/5000", TestContext.Current.CancellationToken)).Length);
        using (var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/bytes/3000"), TestContext.Current.CancellationToken))
            Assert.Equal(3000, head.Content.Headers.ContentLength);
        Assert.Equal(100, (await http.GetByteArrayAsync("/bytes/100", TestContext.Current.CancellationToken)).Length);

        var served = server.Served.ToArray();
        var counts = link.Counters.Snapshot();
        Assert.Equal((3L, 1L), (counts.Requests, counts.ConnectionsOpened));
        Assert.Equal(served.Sum(r => r.ResponseBytes), counts.PayloadBytesDown);
        Assert.Equal(served.Sum(r => Packets(r.ResponseBytes)), counts.PacketsDown);
    }

    /// <summary>After a reset only what follows is counted: a benchmark can measure one operation.</summary>
    [Fact(Timeout = Deadline.Test)]
    public async Task Counters_Reset_CountsOnlyTheNextOperation()
    {
        await using var server = new TinyHttpServer();
        await using var link = LinkProxy.Start(server.Host, server.Port, LinkProfile.Loopback, new LinkProxyOptions { ModelTls = false });
        using var client = new SequentialClient(link.EndPoint, TestContext.Current.CancellationToken);
        Assert.True(await client.SendAsync("GET", "/bytes/500"));

        link.Counters.Reset();
        Assert.True(await client.SendAsync("POST", "/bytes/40", bodyBytes: 300));

        var served = server.Served.Last();
        var counts = link.Counters.Snapshot();
        Assert.Equal(1, counts.Requests);
        Assert.Equal(0, counts.ConnectionsOpened);
        Assert.Equal(served.RequestBytes, counts.PayloadBytesUp);
        Assert.Equal(served.ResponseBytes, counts.PayloadBytesDown);
        // Without TLS a message pays only its packets' headers.
        Assert.Equal(served.RequestBytes + 52, counts.WireBytesUp);
        Assert.Equal(2, link.RequestsSeen);
    }

    private static long Packets(long bytes) => (bytes + 1459) / 1460;

    private static long Wire(long bytes) => bytes + 52 * Packets(bytes) + 22 * ((bytes + 16383) / 16384);
}
