namespace Cooperation.Grains.Shipments;

/// <summary>
/// One agent's verdict on one item: the first one stands; a later, different one is kept as a dispute.
/// </summary>
/// <param name="Reason">Required for <see cref="ReceiptVerdict.Damaged"/> and <see cref="ReceiptVerdict.Missing"/>; optional otherwise.</param>
/// <param name="PhotoId">A reference to an uploaded photo, when the agent took one.</param>
[GenerateSerializer, Immutable]
public sealed record ItemVerdict(
    [property: Id(0)] ReceiptVerdict Verdict,
    [property: Id(1)] string? Reason,
    [property: Id(2)] string? PhotoId,
    [property: Id(3)] Actor By,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] string ClientMutationId);
