namespace Cooperation.Grains.Missions.Commands;

/// <summary>Démarrer la mission (North staff): planned → under way; the plan is frozen from then on.</summary>
[GenerateSerializer, Immutable]
public sealed record StartMission(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] long? ExpectedVersion) : Command(ClientMutationId, Actor);
