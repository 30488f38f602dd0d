namespace Cooperation.Grains.Missions;

/// <summary>Un membre de la mission: who travels, and for which organisation.</summary>
[GenerateSerializer, Immutable]
public sealed record MissionTraveller(
    [property: Id(0)] string Name,
    [property: Id(1)] string Organisation);
