using System.Globalization;

namespace Cooperation.LinkEmulator;

/// <summary>
/// The counts of a <see cref="LinkCounters"/> at one moment. Every field is a count of the traffic, never a
/// reading of the clock: for a given seed and client, two runs give equal snapshots.
/// </summary>
/// <param name="Profile">The link, as printed.</param>
/// <param name="PayloadBytesUp">TCP payload delivered to the server (HTTP heads and bodies).</param>
/// <param name="PayloadBytesDown">TCP payload delivered to the phone.</param>
/// <param name="WireBytesUp">Payload plus modelled IP/TCP/TLS overhead and handshakes, phone to server.</param>
/// <param name="WireBytesDown">The same, server to phone.</param>
/// <param name="PacketsUp">Modelled packets of up to 1,460 payload bytes, phone to server (handshakes excluded).</param>
/// <param name="PacketsDown">The same, server to phone.</param>
/// <param name="ConnectionsOpened">TCP connections the phone opened.</param>
/// <param name="ConnectionsDropped">Connections the proxy cut.</param>
/// <param name="Requests">HTTP requests that started, keep-alive connections carrying several.</param>
/// <param name="LostPackets">Packets played as lost (each one a stall).</param>
/// <param name="HandshakeWait">Round trips spent opening connections (TCP, and TLS when modelled).</param>
/// <param name="PropagationWait">Half a round trip per message delivered in either direction.</param>
/// <param name="TransmissionWait">Wire bytes at the link's rate, each direction.</param>
/// <param name="StallWait">
/// Retransmission timeouts and round trips of every lost packet, summed. Packets in flight together stall
/// together, so with several losses in one message this sum exceeds the time the message lost.
/// </param>
public sealed record LinkSnapshot(
    string Profile,
    long PayloadBytesUp, long PayloadBytesDown, long WireBytesUp, long WireBytesDown, long PacketsUp, long PacketsDown,
    long ConnectionsOpened, long ConnectionsDropped, long Requests, long LostPackets,
    TimeSpan HandshakeWait, TimeSpan PropagationWait, TimeSpan TransmissionWait, TimeSpan StallWait)
{
    /// <summary>
    /// Every delay the model injected. Without losses it is what a client sending one exchange at a time
    /// waits at least, server time excluded (<see cref="LinkProfile.ExchangeFloor"/> for one exchange);
    /// queueing behind concurrent traffic is not included.
    /// </summary>
    public TimeSpan InjectedWait => HandshakeWait + PropagationWait + TransmissionWait + StallWait;

    /// <summary>One paragraph for a benchmark's output.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Profile}: up {PayloadBytesUp:N0} B ({WireBytesUp:N0} B on the wire, {Count(PacketsUp, "packet")}), " +
        $"down {PayloadBytesDown:N0} B ({WireBytesDown:N0} B on the wire, {Count(PacketsDown, "packet")}); " +
        $"{Count(Requests, "request")}, {Count(ConnectionsOpened, "connection")} opened, {ConnectionsDropped} dropped, " +
        $"{Count(LostPackets, "packet")} lost; waited {InjectedWait.TotalSeconds:0.000} s (handshakes {HandshakeWait.TotalSeconds:0.000}, " +
        $"propagation {PropagationWait.TotalSeconds:0.000}, transmission {TransmissionWait.TotalSeconds:0.000}, " +
        $"stalls {StallWait.TotalSeconds:0.000})");

    private static string Count(long count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? "" : "s")}");
}
