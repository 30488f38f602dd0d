namespace Cooperation.Grains.Partnerships.Commands;

/// <summary>Replanifier un jalon: move its start and due dates.</summary>
[GenerateSerializer, Immutable]
public sealed record RescheduleMilestone(
    string ClientMutationId,
    Actor Actor,
    string MilestoneId,
    int? ExpectedVersion,
    [property: Id(0)] DateOnly? StartOn,
    [property: Id(1)] DateOnly DueOn) : MilestoneCommand(ClientMutationId, Actor, MilestoneId, ExpectedVersion);
