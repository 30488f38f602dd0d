namespace Cooperation.Grains.Partnerships.Commands;

/// <summary>Planifier un jalon.</summary>
[GenerateSerializer, Immutable]
public sealed record PlanMilestone(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string Title,
    [property: Id(1)] string? Description,
    [property: Id(2)] PartnershipSide Side,
    [property: Id(3)] DateOnly? StartOn,
    [property: Id(4)] DateOnly DueOn) : Command(ClientMutationId, Actor);
