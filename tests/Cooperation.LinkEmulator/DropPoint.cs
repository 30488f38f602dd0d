namespace Cooperation.LinkEmulator;

/// <summary>
/// Where an HTTP exchange loses its connection: while its request goes up or while its response comes down,
/// after a number of that message's bytes (head included) have passed. The byte is counted from the start
/// of the message, never from a read or a packet, so the same plan cuts at the same byte on every run.
/// </summary>
public sealed record DropPoint
{
    // A random drop in a message whose length is not declared (chunked) falls within its first 16 KB.
    private const int UndeclaredLength = 16 * 1024;

    private DropPoint(LinkDirection direction, long? afterBytes, double? fraction) =>
        (Direction, AfterBytes, Fraction) = (direction, afterBytes, fraction);

    /// <summary>Which message of the exchange is cut.</summary>
    public LinkDirection Direction { get; }

    /// <summary>Bytes of the message that still pass; past the message's end, all but its last byte pass.</summary>
    public long? AfterBytes { get; }

    /// <summary>Or: the share of the message that passes, when it is only known once the head is read.</summary>
    public double? Fraction { get; }

    /// <summary>The request is cut after <paramref name="afterBytes"/>: the server never gets it whole.</summary>
    public static DropPoint InRequest(long afterBytes = 0) => new(LinkDirection.Up, NotNegative(afterBytes), null);

    /// <summary>The response is cut after <paramref name="afterBytes"/>: the server did the work, the phone never hears of it.</summary>
    public static DropPoint InResponse(long afterBytes = 0) => new(LinkDirection.Down, NotNegative(afterBytes), null);

    /// <summary>The message is cut after <paramref name="fraction"/> of its bytes (of 16 KB when its length is not declared).</summary>
    public static DropPoint AtFraction(LinkDirection direction, double fraction) =>
        fraction is >= 0 and < 1 ? new(direction, null, fraction) : throw new ArgumentOutOfRangeException(nameof(fraction));

    /// <summary>The message byte at which the connection dies, given the message's declared length if known.</summary>
    internal long Offset(long? messageLength) => AfterBytes ?? (long)(Fraction!.Value * (messageLength ?? UndeclaredLength));

    private static long NotNegative(long bytes) => bytes >= 0 ? bytes : throw new ArgumentOutOfRangeException(nameof(bytes));
}
