namespace Cooperation.Grains.Missions;

/// <summary>Un lieu de la mission: a town and its country.</summary>
[GenerateSerializer, Immutable]
public sealed record MissionPlace(
    [property: Id(0)] string Town,
    [property: Id(1)] string Country);
