using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Cooperation.LinkEmulator;

/// <summary>A phone's connection and the proxy's own connection to the server, with a pump each way.</summary>
internal sealed class ProxiedConnection(LinkProxy proxy, long number, Socket client)
{
    private readonly Socket _upstream = new(SocketType.Stream, ProtocolType.Tcp);
    private readonly CancellationTokenSource _stop = new();
    // Requests whose final answer has not started yet, oldest first (HTTP/1.1 answers in order).
    private readonly ConcurrentQueue<Exchange> _pending = new();
    // Running, then dropped (both sides are ended after the bytes that crossed) or ended (closed or reset).
    private const int Running = 0, Dropped = 1, Ended = 2;
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(2);
    private int _state;

    public LinkProxy Proxy { get; } = proxy;
    public long Number { get; } = number;

    /// <summary>Connects to the server and forwards both ways until both sides have finished or the connection dies.</summary>
    public async Task RunAsync(EndPoint target, CancellationToken disposing)
    {
        using var link = CancellationTokenSource.CreateLinkedTokenSource(disposing, _stop.Token);
        try
        {
            var opened = Proxy.Now;
            await _upstream.ConnectAsync(target, link.Token);
            client.NoDelay = _upstream.NoDelay = true;

            // The phone's first byte leaves once the handshakes are done: their round trips, then their
            // packets at the link's rates (the server's flight comes down before the client's data goes up).
            var (roundTrips, wireUp, wireDown) = WireModel.Handshake(Proxy.Options.ModelTls);
            Proxy.Counters.ConnectionOpened(roundTrips, wireUp, wireDown);
            var ready = opened + roundTrips * Proxy.Profile.RoundTrip
                        + LinkProfile.TransmissionTime(wireUp, Proxy.Profile.UpKbps)
                        + LinkProfile.TransmissionTime(wireDown, Proxy.Profile.DownKbps);

            var up = new DirectionPump(this, LinkDirection.Up, client, _upstream, ready);
            var down = new DirectionPump(this, LinkDirection.Down, _upstream, client, ready);
            await Task.WhenAll(up.ReadAsync(link.Token), up.WriteAsync(link.Token), down.ReadAsync(link.Token), down.WriteAsync(link.Token));
        }
        catch (Exception error) when (error is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The server is unreachable or the proxy is closing: the phone sees a reset.
            Abort();
        }
        finally
        {
            if (Interlocked.CompareExchange(ref _state, Ended, Running) == Dropped)
                await Task.WhenAll(EndAfterDropAsync(client, disposing), EndAfterDropAsync(_upstream, disposing));
            client.Dispose();
            _upstream.Dispose();
            _stop.Dispose();
        }
    }

    /// <summary>Numbers a request that starts on this connection and decides whether it will be cut.</summary>
    public Exchange StartExchange()
    {
        var exchange = Proxy.StartExchange();
        _pending.Enqueue(exchange);
        return exchange;
    }

    /// <summary>The request the response starting now answers, if any.</summary>
    public Exchange? PendingExchange() => _pending.TryPeek(out var exchange) ? exchange : null;

    /// <summary>The final answer of the oldest request has started.</summary>
    public void CompleteExchange() => _pending.TryDequeue(out _);

    /// <summary>
    /// Cuts the connection as a mobile link does, in the middle of a message: each peer gets the bytes that
    /// crossed before the cut, then the end of the connection, then a reset. A reset alone would also
    /// discard bytes still in the kernel's buffers, so what arrived would depend on how fast peers read.
    /// </summary>
    public void Drop(DropRecord record)
    {
        if (Interlocked.CompareExchange(ref _state, Dropped, Running) != Running)
            return;
        Proxy.Dropped(record);
        Cancel();
    }

    /// <summary>Resets both sockets (RST, not FIN) and stops both pumps.</summary>
    public void Abort()
    {
        if (Interlocked.CompareExchange(ref _state, Ended, Running) != Running)
            return;
        Reset(client);
        Reset(_upstream);
        Cancel();
    }

    private void Cancel()
    {
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already finished.
        }
    }

    /// <summary>Sends the end after what was delivered, discards what the peer still sends until it closes, then resets.</summary>
    private static async Task EndAfterDropAsync(Socket socket, CancellationToken disposing)
    {
        try
        {
            socket.Shutdown(SocketShutdown.Send);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(disposing);
            limit.CancelAfter(DrainLimit);
            var discard = new byte[4096];
            while (await socket.ReceiveAsync(discard, SocketFlags.None, limit.Token) > 0)
            {
            }
        }
        catch (Exception error) when (error is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The peer reset, or took too long to close: the reset below ends it.
        }
        Reset(socket);
    }

    private static void Reset(Socket socket)
    {
        try
        {
            // A zero linger makes close send RST: the peer's next read fails instead of seeing a clean end.
            socket.LingerState = new LingerOption(true, 0);
        }
        catch (Exception error) when (error is SocketException or ObjectDisposedException)
        {
            // Never connected or already closed: nothing to reset.
        }
        socket.Dispose();
    }
}
