namespace Cooperation.LinkEmulator;

/// <summary>A modelled packet about to leave, as shown to <see cref="LinkProxyOptions.DropPacket"/>.</summary>
/// <param name="Connection">1 for the first connection through this proxy, then in accept order.</param>
/// <param name="Exchange">The request number the packet belongs to; null outside HTTP (e.g. a tunnel).</param>
/// <param name="Direction">Up for the request, down for the response.</param>
/// <param name="Index">0 for the first packet of the message: each packet carries up to 1,460 of its bytes.</param>
/// <param name="MessageOffset">The message byte the packet starts at.</param>
/// <param name="MessageLength">The message's length (head and body) when its head declared it.</param>
public sealed record PacketInfo(long Connection, long? Exchange, LinkDirection Direction, int Index, long MessageOffset, long? MessageLength);
