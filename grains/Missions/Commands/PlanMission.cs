namespace Cooperation.Grains.Missions.Commands;

/// <summary>Planifier une mission de terrain (North staff). The mission's key derives from the client mutation id.</summary>
[GenerateSerializer, Immutable]
public sealed record PlanMission(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] MissionPlan Plan) : Command(ClientMutationId, Actor);
