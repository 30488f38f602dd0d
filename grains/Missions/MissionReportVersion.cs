namespace Cooperation.Grains.Missions;

/// <summary>
/// One filed version of a mission's compte rendu, numbered from 1. It never changes once filed: a correction is
/// filed as the next version, and every earlier one stays readable.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MissionReportVersion(
    [property: Id(0)] int Number,
    [property: Id(1)] MissionReportContent Content,
    [property: Id(2)] DateTimeOffset FiledAt,
    [property: Id(3)] string FiledBy);
