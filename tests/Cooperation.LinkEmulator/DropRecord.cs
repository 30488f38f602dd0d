namespace Cooperation.LinkEmulator;

/// <summary>Why a connection was dropped.</summary>
public enum DropCause
{
    /// <summary>The profile's <see cref="LinkProfile.Drops"/>, drawn from the seed.</summary>
    Random,
    /// <summary><see cref="LinkProxy.DropDuringRequest"/> or <see cref="LinkProxy.DropDuringResponse"/>.</summary>
    Planned,
    /// <summary><see cref="LinkProxy.DropAfterUpload"/>.</summary>
    Upload,
    /// <summary><see cref="LinkProxyOptions.DropExchange"/>.</summary>
    ExchangeCallback,
    /// <summary><see cref="LinkProxyOptions.DropPacket"/>.</summary>
    PacketCallback,
}

/// <summary>A connection the proxy cut: where and why. Two runs with one seed give equal lists.</summary>
/// <param name="Connection">1 for the first connection through this proxy.</param>
/// <param name="Exchange">The request number in flight, if the traffic was HTTP.</param>
/// <param name="Direction">The message that was cut.</param>
/// <param name="MessageOffset">Bytes of that message that got through.</param>
/// <param name="Cause">What decided the drop.</param>
public sealed record DropRecord(long Connection, long? Exchange, LinkDirection Direction, long MessageOffset, DropCause Cause);
