namespace Cooperation.Grains.Shipments;

/// <summary>One fact of an item's life after its receipt (installed, seen working, seen broken).</summary>
/// <param name="MissionKey">The field mission that observed it, so the mission's report and the item's life point at each other.</param>
[GenerateSerializer, Immutable]
public sealed record ItemEvent(
    [property: Id(0)] ItemEventKind Kind,
    [property: Id(1)] string? Note,
    [property: Id(2)] Actor By,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string ClientMutationId,
    [property: Id(5)] string? MissionKey = null);
