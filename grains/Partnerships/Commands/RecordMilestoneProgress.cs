namespace Cooperation.Grains.Partnerships.Commands;

/// <summary>Indiquer l'avancement d'un jalon, from 0 to 100 %.</summary>
[GenerateSerializer, Immutable]
public sealed record RecordMilestoneProgress(
    string ClientMutationId,
    Actor Actor,
    string MilestoneId,
    int? ExpectedVersion,
    [property: Id(0)] int Progress) : MilestoneCommand(ClientMutationId, Actor, MilestoneId, ExpectedVersion);
