using System.Net.Sockets;
using System.Threading.Channels;

namespace Cooperation.LinkEmulator;

/// <summary>
/// One direction of one connection. The reader cuts what the source sends into packets of at most 1,460
/// bytes, counted from the start of each HTTP message (or, for traffic it cannot read such as TLS, of each run
/// of bytes after a quiet link, at most 64 KB), and gives each its delivery time; the writer hands
/// them to the destination at that time. Between them a short bounded queue: when the destination reads
/// slowly the reader stops reading and the source's TCP window closes, so nothing piles up here.
/// </summary>
internal sealed class DirectionPump
{
    private const int QueuedPackets = 32;

    /// <summary>The longest message of traffic the proxy cannot read (TLS): a longer run counts as several.</summary>
    internal const int OpaqueMessageBytes = 64 * 1024;

    private readonly ProxiedConnection _connection;
    private readonly LinkDirection _direction;
    private readonly Socket _source;
    private readonly Socket _destination;
    private readonly HttpFramer _framer;
    private readonly Channel<Segment> _queue = Channel.CreateBounded<Segment>(
        new BoundedChannelOptions(QueuedPackets) { SingleReader = true, SingleWriter = true });
    private readonly int _kbps;
    private readonly TimeSpan _halfRoundTrip;

    // When the link is free to start the next packet, and when the last packet reached the other side:
    // packets arrive in order, so one held by a loss holds every packet behind it.
    private TimeSpan _linkFree;
    private TimeSpan _lastDelivery;

    // The message being cut into packets.
    private bool _inMessage;
    private long _messageIndex = -1;
    private long _offset;
    private long? _messageLength;
    private Exchange? _exchange;
    private Random _lossDraws = new(0);
    private bool _packetLost;
    private long? _dropAt;
    private DropCause _dropCause;

    public DirectionPump(ProxiedConnection connection, LinkDirection direction, Socket source, Socket destination, TimeSpan linkFreeFrom)
    {
        _connection = connection;
        _direction = direction;
        _source = source;
        _destination = destination;
        _framer = new HttpFramer(requests: direction == LinkDirection.Up);
        _kbps = direction == LinkDirection.Up ? Profile.UpKbps : Profile.DownKbps;
        _halfRoundTrip = Profile.RoundTrip / 2;
        _linkFree = _lastDelivery = linkFreeFrom;
    }

    private LinkProxy Proxy => _connection.Proxy;
    private LinkProfile Profile => _connection.Proxy.Profile;

    /// <summary>Reads the source until it ends (its FIN is then forwarded) or the connection dies.</summary>
    public async Task ReadAsync(CancellationToken cancellation)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await _source.ReceiveAsync(buffer, SocketFlags.None, cancellation);
                if (read == 0)
                {
                    var departure = Max(Proxy.Now, _linkFree);
                    await _queue.Writer.WriteAsync(new Segment(SegmentKind.Fin, Max(_lastDelivery, departure + _halfRoundTrip)), cancellation);
                    return;
                }
                if (!await ForwardAsync(buffer.AsMemory(0, read), cancellation))
                    return;
            }
        }
        catch (Exception error) when (error is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The source reset the connection, or it was dropped or disposed: the other side is told by a reset.
            _connection.Abort();
        }
        catch (Exception error)
        {
            // A test's drop callback failed: the connection ends, and disposing the proxy reports it.
            Proxy.Fault(error);
            _connection.Abort();
        }
        finally
        {
            _queue.Writer.TryComplete();
        }
    }

    /// <summary>Delivers each packet at its time, then the FIN or the drop that ends the queue.</summary>
    public async Task WriteAsync(CancellationToken cancellation)
    {
        try
        {
            await foreach (var segment in _queue.Reader.ReadAllAsync(cancellation))
            {
                var wait = segment.DeliverAt - Proxy.Now;
                // Task.Delay counts whole milliseconds and drops the rest: rounded up, a packet never arrives early.
                if (wait > TimeSpan.Zero)
                    await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), Proxy.Time, cancellation);
                switch (segment.Kind)
                {
                    case SegmentKind.Data:
                        // Counted first: a peer that has read the last byte must find it counted.
                        Proxy.Counters.Delivered(_direction, segment.Data!.Length, segment.Overhead, segment.Packets, segment.StartsMessage, segment.Stall);
                        await SendAllAsync(segment.Data!, cancellation);
                        break;
                    case SegmentKind.Fin:
                        // Half-close: the peer learns this side has finished and may still answer.
                        _destination.Shutdown(SocketShutdown.Send);
                        return;
                    case SegmentKind.Drop:
                        _connection.Drop(segment.Drop!);
                        return;
                }
            }
        }
        catch (Exception error) when (error is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            _connection.Abort();
        }
        catch (Exception error)
        {
            Proxy.Fault(error);
            _connection.Abort();
        }
    }

    private async Task SendAllAsync(byte[] data, CancellationToken cancellation)
    {
        var sent = 0;
        while (sent < data.Length)
            sent += await _destination.SendAsync(data.AsMemory(sent), SocketFlags.None, cancellation);
    }

    /// <summary>Cuts what was read into messages and packets; false once the connection is to be dropped.</summary>
    private async ValueTask<bool> ForwardAsync(ReadOnlyMemory<byte> data, CancellationToken cancellation)
    {
        while (data.Length > 0)
        {
            // Traffic the proxy cannot read (TLS) has no messages it could see: one starts when the link had gone
            // quiet in this direction, or after OpaqueMessageBytes of a long run.
            if (_inMessage && _framer.CarriesOtherProtocol && (Proxy.Now >= _linkFree || _offset >= OpaqueMessageBytes))
                _inMessage = false;
            if (!_inMessage)
                BeginMessage(data.Span[0]);
            var (consumed, frameEvent) = _framer.Step(data.Span);
            // Start line and head are handled before their bytes leave, so a drop or a length they set
            // applies from byte 0 (unless the line itself was split across reads).
            if (frameEvent.HasFlag(FrameEvent.StartLine))
                StartLine();
            if (frameEvent.HasFlag(FrameEvent.HeadComplete))
                HeadComplete();
            var endsMessage = frameEvent.HasFlag(FrameEvent.MessageEnd);
            if (!await EmitAsync(data[..consumed], endsMessage, cancellation))
                return false;
            if (endsMessage)
                _inMessage = false;
            data = data[consumed..];
        }
        return true;
    }

    private void BeginMessage(byte first)
    {
        // A drop drawn for an unreadable message that ended before its byte came cuts the next one at its start.
        var carriedDrop = _dropAt is not null;
        _inMessage = true;
        _messageIndex++;
        _offset = 0;
        _messageLength = null;
        _exchange = null;
        _dropAt = null;
        _lossDraws = KeyedRandom.Create(Proxy.Options.Seed, KeyedRandom.LossStream, _connection.Number, (long)_direction, _messageIndex);
        if (_framer.AtMessageStart)
            _framer.BeginMessage(first);
        if (_framer.CarriesOtherProtocol)
            PlaceOpaqueDrop(carriedDrop);
    }

    /// <summary>
    /// Where an unreadable message is cut, if it is: an HTTP exchange (two messages) meets the profile's drop chance, so
    /// each message here draws half of it, and is cut at a share of <see cref="OpaqueMessageBytes"/>.
    /// </summary>
    private void PlaceOpaqueDrop(bool carried)
    {
        if (carried)
        {
            (_dropAt, _dropCause) = (0, DropCause.Random);
            return;
        }
        if (Profile.Drops <= 0)
            return;
        var draws = KeyedRandom.Create(Proxy.Options.Seed, KeyedRandom.OpaqueDropStream, _connection.Number, (long)_direction, _messageIndex);
        if (draws.NextDouble() < Profile.Drops / 2)
            (_dropAt, _dropCause) = (DropPoint.AtFraction(_direction, draws.NextDouble()).Offset(OpaqueMessageBytes), DropCause.Random);
    }

    /// <summary>A request or response has begun: a request is numbered, counted and given its drop; a response finds its request.</summary>
    private void StartLine()
    {
        if (_direction == LinkDirection.Up)
        {
            _exchange = _connection.StartExchange();
        }
        else
        {
            _exchange = _connection.PendingExchange();
            _framer.AnswersHead = _exchange?.Method == "HEAD";
            _framer.AnswersConnect = _exchange?.Method == "CONNECT";
        }
        PlaceDrop();
    }

    private void HeadComplete()
    {
        _messageLength = _framer.DeclaredLength;
        if (_exchange is null)
            return;
        if (_direction == LinkDirection.Up)
        {
            _exchange.Method = _framer.Method;
            if (_exchange.Drop is null && Proxy.Options.DropExchange is { } decide
                && decide(new ExchangeInfo(_exchange.Number, _connection.Number, _framer.Method!, _framer.Target!)) is { } point)
                (_exchange.Drop, _exchange.DropCause) = (point, DropCause.ExchangeCallback);
        }
        else if (_framer.Status is not (>= 100 and < 200) || _framer.Status == 101)
        {
            // The final answer: the next response on this connection answers the next request.
            _connection.CompleteExchange();
        }
        PlaceDrop();
    }

    /// <summary>Places the exchange's drop in this message, once its length is known if the drop is a share of it.</summary>
    private void PlaceDrop()
    {
        if (_exchange?.Drop is { } point && point.Direction == _direction)
            (_dropAt, _dropCause) = (point.Offset(_messageLength), _exchange.DropCause);
    }

    private async ValueTask<bool> EmitAsync(ReadOnlyMemory<byte> data, bool endsMessage, CancellationToken cancellation)
    {
        var messageEnd = _offset + data.Length;
        while (data.Length > 0)
        {
            var inPacket = (int)(_offset % WireModel.PacketPayload);
            var startsPacket = inPacket == 0 && data.Length > 0;
            if (startsPacket)
                StartPacket();

            var take = Math.Min(data.Length, WireModel.PacketPayload - inPacket);
            var drop = false;
            if (_dropAt is { } at)
            {
                // A drop past the end of the message still keeps its last byte from arriving.
                if (endsMessage && at >= messageEnd)
                    at = messageEnd - 1;
                at = Math.Max(at, _offset);
                if (at < _offset + take)
                    (take, drop) = ((int)(at - _offset), true);
            }
            if (_direction == LinkDirection.Up && !drop && Proxy.TakeUploadAllowance(ref take))
                (drop, _dropCause) = (true, DropCause.Upload);

            if (take > 0)
            {
                var completesPacket = (_offset + take) % WireModel.PacketPayload == 0 || (endsMessage && take == data.Length);
                await EnqueueDataAsync(data[..take], startsPacket, completesPacket, endsMessage && take == data.Length, cancellation);
                data = data[take..];
            }
            if (drop)
            {
                var record = new DropRecord(_connection.Number, _exchange?.Number, _direction, _offset, _dropCause);
                var departure = Max(Proxy.Now, _linkFree);
                await _queue.Writer.WriteAsync(new Segment(SegmentKind.Drop, Max(_lastDelivery, departure + _halfRoundTrip)) { Drop = record }, cancellation);
                return false;
            }
        }
        return true;
    }

    /// <summary>A new packet: draw whether it is lost, and ask the test whether the connection dies here.</summary>
    private void StartPacket()
    {
        _packetLost = Profile.Loss > 0 && _lossDraws.NextDouble() < Profile.Loss;
        if (Proxy.Options.DropPacket is { } decide && _dropAt is null
            && decide(new PacketInfo(_connection.Number, _exchange?.Number, _direction, PacketIndex, _offset, _messageLength)))
            (_dropAt, _dropCause) = (_offset, DropCause.PacketCallback);
    }

    private int PacketIndex => (int)(_offset / WireModel.PacketPayload);

    private async ValueTask EnqueueDataAsync(ReadOnlyMemory<byte> bytes, bool startsPacket, bool completesPacket, bool endsMessage, CancellationToken cancellation)
    {
        var overhead = WireModel.Overhead(_offset, _offset + bytes.Length, Proxy.Options.ModelTls);
        var stall = completesPacket && _packetLost ? StallFor(PacketIndex, endsMessage) : TimeSpan.Zero;
        var departure = Max(Proxy.Now, _linkFree);
        _linkFree = departure + LinkProfile.TransmissionTime(bytes.Length + overhead, _kbps);
        _lastDelivery = Max(_lastDelivery, _linkFree + _halfRoundTrip + stall);
        var segment = new Segment(SegmentKind.Data, _lastDelivery)
        {
            Data = bytes.ToArray(),
            Overhead = overhead,
            Packets = startsPacket ? 1 : 0,
            StartsMessage = _offset == 0,
            Stall = stall,
        };
        _offset += bytes.Length;
        await _queue.Writer.WriteAsync(segment, cancellation);
    }

    /// <summary>
    /// A lost packet among the first or last three of a message cannot be repaired by duplicate
    /// acknowledgements and waits a retransmission timeout; one in the middle is fast-retransmitted after
    /// about a round trip. The last three are known when the head declared the length; otherwise only the
    /// packet the message ends in is known to be last.
    /// </summary>
    private TimeSpan StallFor(int index, bool endsHere)
    {
        var packets = _messageLength is { } length ? (length + WireModel.PacketPayload - 1) / WireModel.PacketPayload : long.MaxValue;
        var edge = index < 3 || index >= packets - 3 || endsHere;
        return edge ? Profile.RetransmissionTimeout : Profile.RoundTrip;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private enum SegmentKind { Data, Fin, Drop }

    private sealed record Segment(SegmentKind Kind, TimeSpan DeliverAt)
    {
        public byte[]? Data { get; init; }
        public int Overhead { get; init; }
        public int Packets { get; init; }
        public bool StartsMessage { get; init; }
        public TimeSpan Stall { get; init; }
        public DropRecord? Drop { get; init; }
    }
}
