namespace Cooperation.Grains.Missions;

/// <summary>What a mission is planned to be: the part North staff edit while the mission is planned.</summary>
/// <param name="MilestoneIds">Local ids of the partnership's milestones the mission serves ("m5").</param>
[GenerateSerializer, Immutable]
public sealed record MissionPlan(
    [property: Id(0)] string Title,
    [property: Id(1)] DateOnly StartOn,
    [property: Id(2)] DateOnly EndOn,
    [property: Id(3)] IReadOnlyList<MissionTraveller> Travellers,
    [property: Id(4)] IReadOnlyList<MissionPlace> Places,
    [property: Id(5)] IReadOnlyList<string> Objectives,
    [property: Id(6)] IReadOnlyList<MissionAgendaDay> Agenda,
    [property: Id(7)] IReadOnlyList<string> MilestoneIds);
