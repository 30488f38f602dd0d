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
/// <param name="StallWait">Retransmission timeouts and round trips spent on lost packets.</param>
public sealed record LinkSnapshot(
    string Profile,
    long PayloadBytesUp, long PayloadBytesDown, long WireBytesUp, long WireBytesDown, long PacketsUp, long PacketsDown,
    long ConnectionsOpened, long ConnectionsDropped, long Requests, long LostPackets,
    TimeSpan HandshakeWait, TimeSpan PropagationWait, TimeSpan TransmissionWait, TimeSpan StallWait)
{
    /// <summary>
    /// The delays the model adds to traffic sent one exchange at a time: what a sequential client waits at
    /// least, server time excluded. Queueing behind concurrent traffic is not added.
    /// </summary>
    public TimeSpan InjectedWait => HandshakeWait + PropagationWait + TransmissionWait + StallWait;

    /// <summary>One paragraph for a benchmark's output.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Profile}: up {PayloadBytesUp:N0} B ({WireBytesUp:N0} B on the wire, {PacketsUp} packets), " +
        $"down {PayloadBytesDown:N0} B ({WireBytesDown:N0} B on the wire, {PacketsDown} packets); " +
        $"{Requests} requests, {ConnectionsOpened} connections, {ConnectionsDropped} dropped, {LostPackets} packets lost; " +
        $"waited {InjectedWait.TotalSeconds:0.000} s (handshakes {HandshakeWait.TotalSeconds:0.000}, " +
        $"propagation {PropagationWait.TotalSeconds:0.000}, transmission {TransmissionWait.TotalSeconds:0.000}, " +
        $"stalls {StallWait.TotalSeconds:0.000})");
}
