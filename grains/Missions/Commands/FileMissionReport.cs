namespace Cooperation.Grains.Missions.Commands;

/// <summary>
/// Déposer le compte rendu de mission (North staff): adds the next numbered, immutable version; the first one moves
/// the mission from under way to reported.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FileMissionReport(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] MissionReportContent Content) : Command(ClientMutationId, Actor);
