namespace Cooperation.Grains.Missions;

/// <summary>Une journée du programme: a date within the mission's dates and what is planned that day.</summary>
[GenerateSerializer, Immutable]
public sealed record MissionAgendaDay(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] string Text);
