using System.Security.Cryptography;

namespace Cooperation.LinkEmulator.Tests;

public sealed class ForwardingTests
{
    /// <summary>A megabyte each way arrives unchanged, the client's end of sending reaches the server, and the server's end comes back.</summary>
    [Fact(Timeout = Deadline.Test)]
    public async Task Payload_MegabyteEachWayUnshaped_ArrivesIntactAndEndsCleanly()
    {
        await using var server = new EchoServer();
        await using var link = LinkProxy.Start("127.0.0.1", server.Port, LinkProfile.Loopback);
        // Binary that starts like a request ("P...") but is not one: forwarded as bytes, no request counted.
        var payload = new byte[1024 * 1024];
        new Random(5).NextBytes(payload);
        payload[0] = (byte)'P';

        var echoed = await ExchangeAsync(link, payload, TestContext.Current.CancellationToken);

        Assert.Equal(SHA256.HashData(payload), SHA256.HashData(echoed));
        var counts = link.Counters.Snapshot();
        Assert.Equal(payload.Length, counts.PayloadBytesUp);
        Assert.Equal(payload.Length, counts.PayloadBytesDown);
        Assert.Equal(1, counts.ConnectionsOpened);
        Assert.Equal(0, counts.ConnectionsDropped);
        Assert.Equal(0, counts.Requests);
    }

    /// <summary>Pacing, latency and lost packets delay bytes but never reorder or change them.</summary>
    [Fact(Timeout = Deadline.Test)]
    public async Task Payload_ShapedAndLossy_ArrivesIntact()
    {
        await using var server = new EchoServer();
        var fastLossy = new LinkProfile("fast lossy", 20_000, 20_000, TimeSpan.FromMilliseconds(10), Loss: 0.05);
        await using var link = LinkProxy.Start("127.0.0.1", server.Port, fastLossy, new LinkProxyOptions { Seed = 3 });
        var payload = RandomNumberGenerator.GetBytes(200 * 1024);

        var echoed = await ExchangeAsync(link, payload, TestContext.Current.CancellationToken);

        Assert.Equal(SHA256.HashData(payload), SHA256.HashData(echoed));
        Assert.True(link.Counters.Snapshot().LostPackets > 0, link.Counters.ToString());
    }

    /// <summary>Disposing the proxy resets the connections it carries and stops accepting new ones.</summary>
    [Fact(Timeout = Deadline.Test)]
    public async Task Dispose_OpenConnection_ClientSeesItEndAndCannotReconnect()
    {
        await using var server = new EchoServer();
        var link = LinkProxy.Start("127.0.0.1", server.Port, LinkProfile.Slow4G);
        using var client = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(link.EndPoint, TestContext.Current.CancellationToken);
        await client.SendAsync(new byte[100], SocketFlags.None, TestContext.Current.CancellationToken);

        await link.DisposeAsync();

        var buffer = new byte[1000];
        var ended = await Record.ExceptionAsync(async () =>
        {
            while (await client.ReceiveAsync(buffer, SocketFlags.None, TestContext.Current.CancellationToken) > 0)
            {
            }
        });
        Assert.True(ended is null or SocketException);
        using var late = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await Assert.ThrowsAsync<SocketException>(() => late.ConnectAsync(link.EndPoint, TestContext.Current.CancellationToken).AsTask());
        await server.ConnectionEnded.Task.WaitAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// A phone that stops reading holds the server back instead of filling the proxy's memory: the server
    /// gets stuck after a few megabytes of socket buffers, far from the 256 MB it wants to send.
    /// </summary>
    [Fact(Timeout = Deadline.Test)]
    public async Task SlowReader_NeverReads_ServerIsHeldBack()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        await using var link = LinkProxy.Start("127.0.0.1", ((System.Net.IPEndPoint)listener.LocalEndpoint).Port, LinkProfile.Loopback);
        using var client = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(link.EndPoint, TestContext.Current.CancellationToken);
        using var server = await listener.AcceptSocketAsync(TestContext.Current.CancellationToken);
        server.SendTimeout = 1000;

        long sent = 0;
        var block = new byte[64 * 1024];
        var stuck = Record.Exception(() =>
        {
            while (sent < 256L * 1024 * 1024)
                sent += server.Send(block);
        });

        Assert.IsType<SocketException>(stuck);
        Assert.InRange(sent, 1, 64L * 1024 * 1024);
    }

    /// <summary>Sends the payload while reading the echo, then half-closes and reads until the server's end.</summary>
    private static async Task<byte[]> ExchangeAsync(LinkProxy link, byte[] payload, CancellationToken cancellation)
    {
        using var client = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(link.EndPoint, cancellation);
        var sending = Task.Run(async () =>
        {
            for (var sent = 0; sent < payload.Length; sent += 7000)
                await client.SendAsync(payload.AsMemory(sent, Math.Min(7000, payload.Length - sent)), SocketFlags.None, cancellation);
            client.Shutdown(SocketShutdown.Send);
        }, cancellation);

        using var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await client.ReceiveAsync(buffer, SocketFlags.None, cancellation)) > 0)
            received.Write(buffer, 0, read);
        await sending;
        return received.ToArray();
    }
}
