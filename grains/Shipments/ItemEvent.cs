namespace Cooperation.Grains.Shipments;

/// <summary>One fact of an item's life after its receipt (installed, seen working, seen broken).</summary>
[GenerateSerializer, Immutable]
public sealed record ItemEvent(
    [property: Id(0)] ItemEventKind Kind,
    [property: Id(1)] string? Note,
    [property: Id(2)] Actor By,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string ClientMutationId);
