namespace Cooperation.Grains.Missions.Commands;

/// <summary>
/// Modifier une mission planifiée (North staff): each non-null part replaces the current one; lists are replaced whole.
/// </summary>
/// <param name="ExpectedVersion">The version the person was looking at; when the mission moved on since, CONFLICT.</param>
[GenerateSerializer, Immutable]
public sealed record EditMission(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] long? ExpectedVersion,
    [property: Id(1)] string? Title,
    [property: Id(2)] DateOnly? StartOn,
    [property: Id(3)] DateOnly? EndOn,
    [property: Id(4)] IReadOnlyList<MissionTraveller>? Travellers,
    [property: Id(5)] IReadOnlyList<MissionPlace>? Places,
    [property: Id(6)] IReadOnlyList<string>? Objectives,
    [property: Id(7)] IReadOnlyList<MissionAgendaDay>? Agenda,
    [property: Id(8)] IReadOnlyList<string>? MilestoneIds) : Command(ClientMutationId, Actor);
