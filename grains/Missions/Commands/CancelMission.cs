namespace Cooperation.Grains.Missions.Commands;

/// <summary>Annuler une mission planifiée (North staff), with the reason the partners will read.</summary>
[GenerateSerializer, Immutable]
public sealed record CancelMission(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string Reason) : Command(ClientMutationId, Actor);
