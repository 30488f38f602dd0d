using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Cooperation.LinkEmulator;

/// <summary>
/// A TCP proxy on a free loopback port that makes a test's traffic cross an emulated mobile link
/// (performance-anchors §7.3), for tests that assert counts and benchmarks that print times.
/// </summary>
/// <remarks>
/// <para>The model, per connection and direction: a token bucket at the profile's rate sends packets of at
/// most 1,460 payload bytes, counted from the start of each HTTP message; each packet arrives half a round
/// trip after it was sent, in order. A new connection first pays one round trip for TCP and, with
/// <see cref="LinkProxyOptions.ModelTls"/>, one more plus TLS 1.3's flights. Wire bytes add 52 B per packet
/// and 22 B per TLS record of 16 KB to the payload; pacing uses wire bytes.</para>
/// <para>Loss: loopback TCP never loses a packet, so a lost packet is played as a stall of it and of every
/// packet behind it: a retransmission timeout for the first or last three packets of a message, one
/// round trip otherwise. State this approximation next to any time it produced. Not modelled: slow start and
/// congestion control (the floor of a message over 14.6 KB is a little optimistic), DNS, radio wake-up.</para>
/// <para>Drops: a dropped connection gives each side the bytes that crossed before the cut, then the end of
/// the connection in the middle of a message, then a reset. Drops are planned by the test
/// (<see cref="DropDuringRequest"/>, <see cref="DropDuringResponse"/>, <see cref="DropAfterUpload"/>,
/// <see cref="LinkProxyOptions.DropExchange"/>, <see cref="LinkProxyOptions.DropPacket"/>) or drawn with the
/// profile's <see cref="LinkProfile.Drops"/> per request. Every random draw is keyed by the seed and by its
/// place in the traffic (request number, connection, message, packet), so a client sending the same requests
/// one after another meets the same losses and drops on every run; concurrent clients number their requests
/// in arrival order, which is theirs to make deterministic.</para>
/// <para>HTTP/1.1 is read on the way up and down (start lines, Content-Length, chunked) to count requests on
/// keep-alive connections and to find messages' ends; anything else (TLS, a tunnel, HTTP/2) is forwarded
/// untouched and counted as bytes only, as a phone's operator sees it. Such a stream has no requests to count
/// or to drop: a message there is a run of bytes after the link went quiet in its direction (at most 64 KB),
/// and each draws half of the profile's drop chance per exchange. Put <see cref="LinkProxyOptions.ModelTls"/>
/// off when the traffic is real TLS: its records and handshake then cross the link and are counted as sent.</para>
/// <para>A slow reader is not buffered for: each direction holds at most 32 packets, then stops reading.
/// Disposing resets every connection and stops listening.</para>
/// </remarks>
/// <example>
/// One delivery confirmation over EDGE, then the same with its answer cut short:
/// <code>
/// await using var link = LinkProxy.Start(api.Host, api.Port, LinkProfile.Edge);
/// using var http = new HttpClient { BaseAddress = link.BaseAddress };
/// link.Counters.Reset();
/// await http.PostAsync("/graphql", confirmation);
/// output.WriteLine(link.Counters.ToString());    // bytes, packets, requests, connections, waits
/// output.WriteLine(link.Profile.ExchangeFloor(requestBytes, responseBytes, newConnection: false).ToString());
///
/// link.DropDuringResponse(link.RequestsSeen + 1, afterBytes: 100);   // the server applied it, the phone hears part
/// await Assert.ThrowsAsync&lt;HttpRequestException&gt;(() => http.PostAsync("/graphql", confirmation));
/// </code>
/// With <c>afterBytes: 0</c> on a reused connection, HttpClient resends the request by itself on a new
/// connection: the server gets it twice and the caller sees success — the duplicate idempotency must absorb.
/// An agent's day with DESIGN's trouble, identical on every run:
/// <code>
/// await using var link = LinkProxy.Start(host, port, LinkProfile.Edge.WithDesignTrouble(), new LinkProxyOptions { Seed = 7 });
/// // ... the agent's requests, one after another ...
/// output.WriteLine(string.Join(Environment.NewLine, link.Drops));   // same seed, same requests: same drops, same bytes
/// </code>
/// </example>
public sealed class LinkProxy : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly EndPoint _target;
    private readonly CancellationTokenSource _disposing = new();
    private readonly ConcurrentDictionary<long, (ProxiedConnection Connection, Task Run)> _connections = new();
    private readonly ConcurrentDictionary<long, DropPoint> _plannedDrops = new();
    private readonly ConcurrentQueue<DropRecord> _drops = new();
    private readonly ConcurrentQueue<Exception> _faults = new();
    private readonly Lock _uploadGate = new();
    private readonly long _started;
    private readonly Task _accepting;
    private long _uploadAllowance = -1;
    private long _connectionCount;
    private long _exchangeCount;

    private LinkProxy(EndPoint target, LinkProfile profile, LinkProxyOptions options)
    {
        _target = target;
        Profile = profile;
        Options = options;
        Counters = new LinkCounters(profile);
        _started = options.Time.GetTimestamp();
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        EndPoint = (IPEndPoint)_listener.LocalEndpoint;
        _accepting = AcceptAsync(_disposing.Token);
    }

    /// <summary>Starts a proxy in front of <paramref name="host"/>:<paramref name="port"/>.</summary>
    public static LinkProxy Start(string host, int port, LinkProfile profile, LinkProxyOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentNullException.ThrowIfNull(profile);
        EndPoint target = IPAddress.TryParse(host, out var address) ? new IPEndPoint(address, port) : new DnsEndPoint(host, port);
        return new LinkProxy(target, profile, options ?? new LinkProxyOptions());
    }

    /// <summary>Starts a proxy in front of the server at <paramref name="server"/> (its host and port).</summary>
    public static LinkProxy Start(Uri server, LinkProfile profile, LinkProxyOptions? options = null) =>
        Start(server.Host, server.Port, profile, options);

    /// <summary>The link being emulated.</summary>
    public LinkProfile Profile { get; }

    /// <summary>Seed, clock and drop callbacks.</summary>
    public LinkProxyOptions Options { get; }

    /// <summary>Where clients connect.</summary>
    public IPEndPoint EndPoint { get; }

    /// <summary><c>http://127.0.0.1:port/</c>, for an <see cref="HttpClient"/>.</summary>
    public Uri BaseAddress => new($"http://{EndPoint.Address}:{EndPoint.Port}/");

    /// <summary><c>https://127.0.0.1:port/</c>, for a client speaking TLS through the proxy to a TLS port.</summary>
    public Uri SecureBaseAddress => new($"https://{EndPoint.Address}:{EndPoint.Port}/");

    /// <summary>What crossed the link.</summary>
    public LinkCounters Counters { get; }

    /// <summary>Requests started through this proxy since it started (never reset): the next one is number <c>RequestsSeen + 1</c>.</summary>
    public long RequestsSeen => Interlocked.Read(ref _exchangeCount);

    /// <summary>Every connection cut so far, in order.</summary>
    public IReadOnlyList<DropRecord> Drops => [.. _drops];

    internal TimeProvider Time => Options.Time;

    /// <summary>Time since the proxy started, on <see cref="LinkProxyOptions.Time"/>.</summary>
    internal TimeSpan Now => Options.Time.GetElapsedTime(_started);

    /// <summary>Request number <paramref name="requestNumber"/> loses its connection after <paramref name="afterBytes"/> of it went up.</summary>
    public void DropDuringRequest(long requestNumber, long afterBytes = 0) =>
        _plannedDrops[requestNumber] = DropPoint.InRequest(afterBytes);

    /// <summary>
    /// The answer to request number <paramref name="requestNumber"/> loses its connection after
    /// <paramref name="afterBytes"/> of it came down (0: the phone sees none of it, though the server answered).
    /// </summary>
    public void DropDuringResponse(long requestNumber, long afterBytes = 0) =>
        _plannedDrops[requestNumber] = DropPoint.InResponse(afterBytes);

    /// <summary>
    /// The next upload stops dead: once <paramref name="bytes"/> more bytes went up, on whatever connection,
    /// the connection carrying the next byte is cut. Once only.
    /// </summary>
    public void DropAfterUpload(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        lock (_uploadGate)
            _uploadAllowance = bytes;
    }

    /// <summary>
    /// Stops listening, resets every open connection and waits for all of them to end. Throws if a drop
    /// callback of <see cref="Options"/> threw, so a broken test does not pass unnoticed.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposing.IsCancellationRequested)
            return;
        _disposing.Cancel();
        _listener.Stop();
        await _accepting;
        foreach (var (connection, _) in _connections.Values)
            connection.Abort();
        await Task.WhenAll(_connections.Values.Select(c => c.Run));
        _disposing.Dispose();
        if (!_faults.IsEmpty)
            throw new AggregateException("A drop callback of the link proxy threw.", _faults);
    }

    private async Task AcceptAsync(CancellationToken disposing)
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptSocketAsync(disposing);
                var number = Interlocked.Increment(ref _connectionCount);
                var connection = new ProxiedConnection(this, number, client);
                // Registered before it runs, so that disposal finds it; it removes itself when done.
                var started = new TaskCompletionSource();
                _connections[number] = (connection, RunAsync(connection, number, started.Task, disposing));
                started.SetResult();
            }
        }
        catch (Exception error) when (error is OperationCanceledException or SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // Disposed: the listener is closed (or was stopped between two accepts, which reports "not listening").
        }
    }

    private async Task RunAsync(ProxiedConnection connection, long number, Task registered, CancellationToken disposing)
    {
        await registered;
        await connection.RunAsync(_target, disposing);
        _connections.TryRemove(number, out _);
    }

    /// <summary>Numbers a new request and decides its drop: planned by the test, else drawn from the profile.</summary>
    internal Exchange StartExchange()
    {
        var exchange = new Exchange(Interlocked.Increment(ref _exchangeCount));
        Counters.RequestStarted();
        if (_plannedDrops.TryRemove(exchange.Number, out var planned))
        {
            (exchange.Drop, exchange.DropCause) = (planned, DropCause.Planned);
        }
        else if (Profile.Drops > 0)
        {
            var draws = KeyedRandom.Create(Options.Seed, KeyedRandom.DropStream, exchange.Number);
            if (draws.NextDouble() < Profile.Drops)
            {
                var direction = draws.NextDouble() < 0.5 ? LinkDirection.Up : LinkDirection.Down;
                (exchange.Drop, exchange.DropCause) = (DropPoint.AtFraction(direction, draws.NextDouble()), DropCause.Random);
            }
        }
        return exchange;
    }

    /// <summary>Lets <paramref name="take"/> bytes go up, fewer if an armed upload drop falls among them; true when the connection must then be cut.</summary>
    internal bool TakeUploadAllowance(ref int take)
    {
        lock (_uploadGate)
        {
            if (_uploadAllowance < 0)
                return false;
            if (take <= _uploadAllowance)
            {
                _uploadAllowance -= take;
                return false;
            }
            take = (int)_uploadAllowance;
            _uploadAllowance = -1;
            return true;
        }
    }

    internal void Fault(Exception error) => _faults.Enqueue(error);

    internal void Dropped(DropRecord record)
    {
        _drops.Enqueue(record);
        Counters.ConnectionDropped();
    }
}
