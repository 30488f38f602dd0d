namespace Cooperation.Grains.Partnerships;

/// <summary>
/// Snapshot of a jalon of a partnership.
/// </summary>
/// <param name="Version">Grows by one with each change; a client sends it back to detect a concurrent edit.</param>
[GenerateSerializer, Immutable]
public sealed record Milestone(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string Description,
    [property: Id(3)] PartnershipSide Side,
    [property: Id(4)] DateOnly? StartOn,
    [property: Id(5)] DateOnly DueOn,
    [property: Id(6)] int Progress,
    [property: Id(7)] MilestoneStatus Status,
    [property: Id(8)] string? CancellationReason,
    [property: Id(9)] DateTimeOffset UpdatedAt,
    [property: Id(10)] int Version);
