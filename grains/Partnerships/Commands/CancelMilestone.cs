namespace Cooperation.Grains.Partnerships.Commands;

/// <summary>Annuler un jalon, with the reason the partners will read.</summary>
[GenerateSerializer, Immutable]
public sealed record CancelMilestone(
    string ClientMutationId,
    Actor Actor,
    string MilestoneId,
    int? ExpectedVersion,
    [property: Id(0)] string Reason) : MilestoneCommand(ClientMutationId, Actor, MilestoneId, ExpectedVersion);
