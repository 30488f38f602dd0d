namespace Cooperation.LinkEmulator;

/// <summary>
/// What a message would weigh on a real mobile link, which loopback TCP does not show
/// (RFC 791/793/7323 headers, RFC 8446 §5.2 records; performance-anchors §6.1).
/// </summary>
internal static class WireModel
{
    /// <summary>Payload of one TCP segment on a 1,500-byte path: the unit the proxy paces and loses.</summary>
    public const int PacketPayload = 1460;

    /// <summary>IPv4 20 + TCP 20 + timestamps option 12.</summary>
    public const int PacketOverhead = 52;

    /// <summary>TLS 1.3 record: 5 header + 1 content type + 16 AEAD tag.</summary>
    public const int RecordOverhead = 22;

    /// <summary>Largest TLS plaintext record; a message is modelled as full records plus one partial.</summary>
    public const int RecordPayload = 16 * 1024;

    // A cold TLS 1.3 handshake as §6.2 models it: 0.7 KB from the client, 3.5 KB from the server (ECDSA chain).
    private const int TlsClientFlight = 700;
    private const int TlsServerFlight = 3500;

    /// <summary>Overhead of the packets and records that start within message bytes [from, to).</summary>
    public static int Overhead(long from, long to, bool tls) =>
        PacketOverhead * Starts(from, to, PacketPayload) + (tls ? RecordOverhead * Starts(from, to, RecordPayload) : 0);

    /// <summary>Payload plus overhead of a whole message of <paramref name="bytes"/>.</summary>
    public static long MessageWireBytes(long bytes, bool tls) => bytes + Overhead(0, bytes, tls);

    /// <summary>
    /// A new connection: SYN and ACK up, SYN-ACK down (header-only packets), one round trip; with TLS 1.3
    /// one more round trip and both flights.
    /// </summary>
    public static (int RoundTrips, long WireBytesUp, long WireBytesDown) Handshake(bool tls) => tls
        ? (2, 2 * PacketOverhead + MessageWireBytesWithoutRecords(TlsClientFlight), PacketOverhead + MessageWireBytesWithoutRecords(TlsServerFlight))
        : (1, 2 * PacketOverhead, PacketOverhead);

    // The flights' sizes already include their record headers.
    private static long MessageWireBytesWithoutRecords(int bytes) => bytes + PacketOverhead * Starts(0, bytes, PacketPayload);

    private static int Starts(long from, long to, int unit)
    {
        if (to <= from)
            return 0;
        // Units whose first byte (a multiple of unit) lies in [from, to).
        return (int)((to - 1) / unit - (from + unit - 1) / unit + 1);
    }
}
