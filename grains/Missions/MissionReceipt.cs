namespace Cooperation.Grains.Missions;

/// <summary>What a mission remembers of an applied action, so a repeat of its id returns the first result.</summary>
/// <param name="Kind">The command's type name: the same id sent with another command is refused.</param>
/// <param name="Result">The mission as the first application left it.</param>
[GenerateSerializer, Immutable]
public sealed record MissionReceipt(
    [property: Id(0)] string Kind,
    [property: Id(1)] Mission Result);
