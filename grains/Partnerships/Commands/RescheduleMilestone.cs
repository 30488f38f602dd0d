namespace Cooperation.Grains.Partnerships.Commands;

/// <summary>Replanifier un jalon: move its due date, and its start date only when asked.</summary>
/// <param name="StartOn">The new start date, or null to clear it; read only when <paramref name="SetsStartOn"/>.</param>
/// <param name="SetsStartOn">False keeps the start date as it is: a form that shows only the due date must not erase
/// the start.</param>
[GenerateSerializer, Immutable]
public sealed record RescheduleMilestone(
    string ClientMutationId,
    Actor Actor,
    string MilestoneId,
    int? ExpectedVersion,
    [property: Id(0)] DateOnly? StartOn,
    [property: Id(1)] DateOnly DueOn,
    [property: Id(2)] bool SetsStartOn) : MilestoneCommand(ClientMutationId, Actor, MilestoneId, ExpectedVersion);
