using System.Net;
using Cooperation.FieldAgent;
using Cooperation.LinkEmulator;

namespace Cooperation.Benchmarks;

/// <summary>
/// How the phone's bytes cross the emulated link: plain HTTP/1.1 with TLS modelled by the emulator (its records and
/// handshake added to the counts), or real TLS to the host's TLS port, HTTP/1.1 or HTTP/2 negotiated by ALPN, which
/// the emulator forwards and counts byte for byte without reading it.
/// </summary>
public sealed record Transport(string Name, Version Version, bool Tls)
{
    public static Transport ModelledTls { get; } = new("HTTP/1.1, TLS modelled", HttpVersion.Version11, Tls: false);
    public static Transport Http11 { get; } = new("HTTP/1.1 over TLS 1.3", HttpVersion.Version11, Tls: true);
    public static Transport Http2 { get; } = new("HTTP/2 over TLS 1.3", HttpVersion.Version20, Tls: true);

    /// <summary>An emulated link in front of the host's port for this transport.</summary>
    public LinkProxy Link(BenchHost host, LinkProfile profile, int seed = 1) =>
        LinkProxy.Start(Tls ? host.SecureAddress : host.Address, profile, new LinkProxyOptions { Seed = seed, ModelTls = !Tls });

    /// <summary>The phone's client through <paramref name="link"/>, trusting the host's own certificate only.</summary>
    public HttpClient Client(BenchHost host, LinkProxy link) => Tls
        ? FieldAgentClient.CreateHttpClient(link.SecureBaseAddress, version: Version, trust: host.Trust)
        : FieldAgentClient.CreateHttpClient(link.BaseAddress);

    /// <summary>
    /// The loss-free time of one exchange of these bytes: with real TLS the handshake's bytes are already counted, its
    /// round trip (TLS 1.3: one) is added on a new connection.
    /// </summary>
    public TimeSpan ExchangeFloor(LinkProfile profile, LinkSnapshot counted, bool newConnection) =>
        profile.ExchangeFloor(counted.PayloadBytesUp, counted.PayloadBytesDown, newConnection, tls: !Tls)
        + (Tls && newConnection ? profile.RoundTrip : TimeSpan.Zero);

    /// <summary>
    /// The loss-free time of these bytes on a link kept busy: each connection's handshakes, the longer direction's
    /// wire bytes at its rate, and one round trip for the last answer.
    /// </summary>
    public TimeSpan BusyFloor(LinkProfile profile, LinkSnapshot counted)
    {
        var handshakes = counted.ConnectionsOpened * (Tls ? 2 : 1) * profile.RoundTrip;
        var up = TimeSpan.FromSeconds(counted.WireBytesUp * 8.0 / (profile.UpKbps * 1000.0));
        var down = TimeSpan.FromSeconds(counted.WireBytesDown * 8.0 / (profile.DownKbps * 1000.0));
        return handshakes + (up > down ? up : down) + profile.RoundTrip;
    }

    public override string ToString() => Name;
}
