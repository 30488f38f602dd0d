namespace Cooperation.Grains.Partnerships.Commands;

/// <summary>Modifier un jalon: change its title or description (null leaves a field as it is).</summary>
[GenerateSerializer, Immutable]
public sealed record EditMilestone(
    string ClientMutationId,
    Actor Actor,
    string MilestoneId,
    int? ExpectedVersion,
    [property: Id(0)] string? Title,
    [property: Id(1)] string? Description) : MilestoneCommand(ClientMutationId, Actor, MilestoneId, ExpectedVersion);
