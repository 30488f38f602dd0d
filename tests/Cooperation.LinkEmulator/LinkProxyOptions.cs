namespace Cooperation.LinkEmulator;

/// <summary>How a <see cref="LinkProxy"/> decides and models what the profile leaves open.</summary>
public sealed class LinkProxyOptions
{
    /// <summary>
    /// Seeds every random decision (losses, the profile's drops). Each decision is drawn from the seed and
    /// its place in the traffic (request number, connection, message, packet), never from the clock or the
    /// order threads ran in: a client sending the same requests one after another meets the same trouble.
    /// </summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// Counts and paces the traffic as if it ran over TLS 1.3, as in production: a 22-byte record overhead
    /// per 16 KB of a message, and for each new connection one more round trip with a 0.7 KB client flight
    /// and a 3.5 KB server flight (performance-anchors §6.2). Turn off when the traffic is already TLS.
    /// </summary>
    public bool ModelTls { get; init; } = true;

    /// <summary>The clock of every delay.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// Asked once per request, when its head has been read: return where its connection dies, or null.
    /// Requests already given a drop, by the test (<see cref="LinkProxy.DropDuringResponse"/>...) or by the
    /// profile's random drops, are not asked.
    /// </summary>
    public Func<ExchangeInfo, DropPoint?>? DropExchange { get; init; }

    /// <summary>Asked before each modelled packet leaves: true drops the connection instead.</summary>
    public Func<PacketInfo, bool>? DropPacket { get; init; }
}
