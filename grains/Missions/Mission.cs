namespace Cooperation.Grains.Missions;

/// <summary>Snapshot of a mission de terrain.</summary>
/// <param name="Key">The grain key, <c>"{slug}/{localId}"</c>.</param>
/// <param name="LatestReport">The latest filed version of the compte rendu, or null before the first.</param>
/// <param name="ReportVersions">How many versions of the compte rendu were filed.</param>
/// <param name="Version">Grows by one with each change; a client sends it back to detect a concurrent edit.</param>
[GenerateSerializer, Immutable]
public sealed record Mission(
    [property: Id(0)] string Key,
    [property: Id(1)] string PartnershipSlug,
    [property: Id(2)] string Id,
    [property: Id(3)] MissionPlan Plan,
    [property: Id(4)] MissionStatus Status,
    [property: Id(5)] string? CancellationReason,
    [property: Id(6)] MissionReportVersion? LatestReport,
    [property: Id(7)] int ReportVersions,
    [property: Id(8)] IReadOnlyList<MissionComment> Comments,
    [property: Id(9)] DateTimeOffset CreatedAt,
    [property: Id(10)] DateTimeOffset UpdatedAt,
    [property: Id(11)] long Version);
