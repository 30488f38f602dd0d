namespace Cooperation.LinkEmulator;

/// <summary>
/// What crossed the link, both ways, since the proxy started or since <see cref="Reset"/>. Bytes and waits
/// are counted as they are handed to the other side, so a dropped connection's undelivered bytes do not
/// count; requests and connections are counted as they start.
/// Safe to read while traffic flows; take a <see cref="Snapshot"/> to print or compare.
/// </summary>
public sealed class LinkCounters
{
    private readonly Lock _gate = new();
    private readonly LinkProfile _profile;
    private Totals _totals;

    internal LinkCounters(LinkProfile profile) => _profile = profile;

    /// <summary>The counts so far, consistent with each other.</summary>
    public LinkSnapshot Snapshot()
    {
        Totals t;
        lock (_gate)
            t = _totals;
        return new LinkSnapshot(
            _profile.ToString(),
            t.PayloadUp, t.PayloadDown, t.WireUp, t.WireDown, t.PacketsUp, t.PacketsDown,
            t.Connections, t.Dropped, t.Requests, t.Lost,
            HandshakeWait: TimeSpan.FromTicks(t.HandshakeRoundTrips * _profile.RoundTrip.Ticks),
            PropagationWait: TimeSpan.FromTicks(t.Messages * _profile.RoundTrip.Ticks / 2),
            TransmissionWait: LinkProfile.TransmissionTime(t.WireUp, _profile.UpKbps) + LinkProfile.TransmissionTime(t.WireDown, _profile.DownKbps),
            StallWait: TimeSpan.FromTicks(t.StallTicks));
    }

    /// <summary>Starts counting from zero, e.g. before the one operation a benchmark measures.</summary>
    public void Reset()
    {
        lock (_gate)
            _totals = default;
    }

    /// <inheritdoc />
    public override string ToString() => Snapshot().ToString();

    internal void ConnectionOpened(int handshakeRoundTrips, long wireUp, long wireDown)
    {
        lock (_gate)
        {
            _totals.Connections++;
            _totals.HandshakeRoundTrips += handshakeRoundTrips;
            _totals.WireUp += wireUp;
            _totals.WireDown += wireDown;
        }
    }

    internal void ConnectionDropped()
    {
        lock (_gate)
            _totals.Dropped++;
    }

    internal void RequestStarted()
    {
        lock (_gate)
            _totals.Requests++;
    }

    internal void Delivered(LinkDirection direction, int payload, int overhead, int packets, bool startsMessage, TimeSpan stall)
    {
        lock (_gate)
        {
            if (direction == LinkDirection.Up)
            {
                _totals.PayloadUp += payload;
                _totals.WireUp += payload + overhead;
                _totals.PacketsUp += packets;
            }
            else
            {
                _totals.PayloadDown += payload;
                _totals.WireDown += payload + overhead;
                _totals.PacketsDown += packets;
            }
            if (startsMessage)
                _totals.Messages++;
            if (stall > TimeSpan.Zero)
            {
                _totals.Lost++;
                _totals.StallTicks += stall.Ticks;
            }
        }
    }

    private struct Totals
    {
        public long PayloadUp, PayloadDown, WireUp, WireDown, PacketsUp, PacketsDown;
        public long Connections, Dropped, Requests, Lost, Messages, HandshakeRoundTrips, StallTicks;
    }
}
