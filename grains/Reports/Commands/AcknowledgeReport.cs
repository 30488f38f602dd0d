namespace Cooperation.Grains.Reports.Commands;

/// <summary>Prendre en compte le rapport soumis, avec un commentaire facultatif (South side).</summary>
[GenerateSerializer, Immutable]
public sealed record AcknowledgeReport(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string? Comment) : Command(ClientMutationId, Actor);
