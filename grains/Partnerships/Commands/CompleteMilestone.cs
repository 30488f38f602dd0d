namespace Cooperation.Grains.Partnerships.Commands;

/// <summary>Déclarer un jalon atteint.</summary>
[GenerateSerializer, Immutable]
public sealed record CompleteMilestone(
    string ClientMutationId,
    Actor Actor,
    string MilestoneId,
    int? ExpectedVersion) : MilestoneCommand(ClientMutationId, Actor, MilestoneId, ExpectedVersion);
