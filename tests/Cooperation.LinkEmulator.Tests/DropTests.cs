namespace Cooperation.LinkEmulator.Tests;

public sealed class DropTests
{
    /// <summary>
    /// A connection cut while the answer to request 2 comes down: the server did the work, the client's
    /// request fails, the drop is counted, and the next request goes out on a new connection.
    /// </summary>
    [Fact(Timeout = Deadline.Test)]
    public async Task DropDuringResponse_SecondRequest_ServerAnsweredClientFailedDropCounted()
    {
        await using var server = new TinyHttpServer();
        await using var link = LinkProxy.Start(server.Host, server.Port, LinkProfile.Loopback);
        using var http = new HttpClient { BaseAddress = link.BaseAddress };
        link.DropDuringResponse(requestNumber: 2, afterBytes: 100);

        await http.GetByteArrayAsync("/bytes/1000", TestContext.Current.CancellationToken);
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetByteArrayAsync("/bytes/2000", TestContext.Current.CancellationToken));
        await http.GetByteArrayAsync("/bytes/3000", TestContext.Current.CancellationToken);

        Assert.Equal(["/bytes/1000", "/bytes/2000", "/bytes/3000"], server.Served.Select(r => r.Target));
        var drop = Assert.Single(link.Drops);
        Assert.Equal(new DropRecord(1, 2, LinkDirection.Down, 100, DropCause.Planned), drop);
        var counts = link.Counters.Snapshot();
        Assert.Equal(1, counts.ConnectionsDropped);
        Assert.Equal(2, counts.ConnectionsOpened);
        Assert.Equal(3, counts.Requests);
        Assert.Equal(server.Served.Sum(r => r.ResponseBytes) - (server.Served.ElementAt(1).ResponseBytes - 100), counts.PayloadBytesDown);
    }

    /// <summary>
    /// An answer lost before its first byte, on a reused connection: HttpClient resends the request on a
    /// new connection, so the server gets it twice — the duplicate an idempotent API must absorb.
    /// </summary>
    [Fact(Timeout = Deadline.Test)]
    public async Task DropDuringResponse_BeforeFirstByteOnReusedConnection_HttpClientResendsIt()
    {
        await using var server = new TinyHttpServer();
        await using var link = LinkProxy.Start(server.Host, server.Port, LinkProfile.Loopback);
        using var http = new HttpClient { BaseAddress = link.BaseAddress };
        link.DropDuringResponse(requestNumber: 2);

        await http.GetByteArrayAsync("/bytes/1000", TestContext.Current.CancellationToken);
        var answer = await http.GetByteArrayAsync("/bytes/2000", TestContext.Current.CancellationToken);

        var counts = link.Counters.Snapshot();
        Assert.Equal(2000, answer.Length);
        Assert.Equal(["/bytes/1000", "/bytes/2000", "/bytes/2000"], server.Served.Select(r => r.Target));
        Assert.Equal((3L, 2L, 1L), (counts.Requests, counts.ConnectionsOpened, counts.ConnectionsDropped));
    }

    /// <summary>
    /// An upload cut after 40,000 bytes: the server gets exactly those, and the client's connection ends without a byte
    /// of answer. The proxy ends it as a dropped link does to a phone: the end first (so that what was delivered can be
    /// read), a reset only after, so the client may see either.
    /// </summary>
    [Fact(Timeout = Deadline.Test)]
    public async Task DropAfterUpload_40000Bytes_ServerGetsExactlyThoseAndClientConnectionEnds()
    {
        await using var server = new EchoServer(echo: false);
        await using var link = LinkProxy.Start("127.0.0.1", server.Port, LinkProfile.Loopback);
        link.DropAfterUpload(40_000);
        using var client = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(link.EndPoint, TestContext.Current.CancellationToken);

        var answered = 0;
        var failure = await Record.ExceptionAsync(async () =>
        {
            await client.SendAsync(new byte[100_000], SocketFlags.None, TestContext.Current.CancellationToken);
            var buffer = new byte[8192];
            int read;
            while ((read = await client.ReceiveAsync(buffer, SocketFlags.None, TestContext.Current.CancellationToken)) > 0)
                answered += read;
        });
        await server.ConnectionEnded.Task.WaitAsync(TestContext.Current.CancellationToken);

        // The client's send may have been accepted by its kernel before the cut; its read then sees the end or a reset.
        Assert.True(failure is null or SocketException { SocketErrorCode: SocketError.ConnectionReset or SocketError.Shutdown }, $"client failure: {failure}");
        Assert.Equal(0, answered);
        Assert.Equal(40_000, server.Received);
        Assert.Equal(40_000, link.Counters.Snapshot().PayloadBytesUp);
        Assert.Equal(DropCause.Upload, Assert.Single(link.Drops).Cause);
    }

    /// <summary>A callback cutting photo uploads halfway: the server never gets that request whole, the others pass.</summary>
    [Fact(Timeout = Deadline.Test)]
    public async Task DropExchange_UploadsCutHalfway_ServerNeverServesThem()
    {
        await using var server = new TinyHttpServer();
        var options = new LinkProxyOptions
        {
            DropExchange = exchange => exchange.Target == "/photo" ? DropPoint.AtFraction(LinkDirection.Up, 0.5) : null,
        };
        await using var link = LinkProxy.Start(server.Host, server.Port, LinkProfile.Loopback, options);
        using var client = new SequentialClient(link.EndPoint, TestContext.Current.CancellationToken);

        Assert.True(await client.SendAsync("POST", "/confirm", bodyBytes: 300));
        Assert.False(await client.SendAsync("POST", "/photo", bodyBytes: 32_768));
        Assert.True(await client.SendAsync("POST", "/confirm", bodyBytes: 300));

        Assert.Equal(["/confirm", "/confirm"], server.Served.Select(r => r.Target));
        var drop = Assert.Single(link.Drops);
        Assert.Equal((2L, LinkDirection.Up, DropCause.ExchangeCallback), (drop.Exchange!.Value, drop.Direction, drop.Cause));
        // Half of the request (head and body) got through.
        Assert.InRange(drop.MessageOffset, 16_384, 16_384 + 100);
    }

    /// <summary>A packet callback can cut a download at its third packet: two packets' worth arrive.</summary>
    [Fact(Timeout = Deadline.Test)]
    public async Task DropPacket_ThirdPacketOfDownload_TwoPacketsArrive()
    {
        await using var server = new TinyHttpServer();
        var options = new LinkProxyOptions { DropPacket = packet => packet.Direction == LinkDirection.Down && packet.Index == 2 };
        await using var link = LinkProxy.Start(server.Host, server.Port, LinkProfile.Loopback, options);
        using var client = new SequentialClient(link.EndPoint, TestContext.Current.CancellationToken);

        Assert.False(await client.SendAsync("GET", "/bytes/10000"));

        Assert.Equal(2 * 1460, link.Counters.Snapshot().PayloadBytesDown);
        Assert.Equal(DropCause.PacketCallback, Assert.Single(link.Drops).Cause);
    }

    /// <summary>A drop callback that throws ends its connection, and disposing the proxy says so instead of hiding it.</summary>
    [Fact(Timeout = Deadline.Test)]
    public async Task DropExchange_CallbackThrows_DisposeReportsIt()
    {
        await using var server = new TinyHttpServer();
        var link = LinkProxy.Start(server.Host, server.Port, LinkProfile.Loopback,
            new LinkProxyOptions { DropExchange = _ => throw new InvalidOperationException("callback bug") });
        using var client = new SequentialClient(link.EndPoint, TestContext.Current.CancellationToken);

        Assert.False(await client.SendAsync("GET", "/bytes/10"));

        var error = await Assert.ThrowsAsync<AggregateException>(() => link.DisposeAsync().AsTask());
        Assert.Equal("callback bug", Assert.Single(error.InnerExceptions).Message);
    }
}
