namespace Cooperation.Grains.Missions;

/// <summary>Un commentaire on a mission, by a South agent: who wrote it, when, what.</summary>
[GenerateSerializer, Immutable]
public sealed record MissionComment(
    [property: Id(0)] int Number,
    [property: Id(1)] string Author,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string Text);
