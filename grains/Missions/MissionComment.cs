namespace Cooperation.Grains.Missions;

/// <summary>Un commentaire on a mission, by a South agent: who wrote it, when, what.</summary>
/// <param name="By">Who wrote it (null for comments kept before it was recorded).</param>
/// <param name="ClientMutationId">The action that wrote it: its author's phone tells the comment it queued from the one the server holds, so it is never shown twice.</param>
[GenerateSerializer, Immutable]
public sealed record MissionComment(
    [property: Id(0)] int Number,
    [property: Id(1)] string Author,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string Text,
    [property: Id(4)] Actor? By = null,
    [property: Id(5)] string? ClientMutationId = null);
