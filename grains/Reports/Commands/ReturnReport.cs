namespace Cooperation.Grains.Reports.Commands;

/// <summary>Renvoyer le rapport soumis pour modifications, en disant lesquelles (South side).</summary>
[GenerateSerializer, Immutable]
public sealed record ReturnReport(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string Comment) : Command(ClientMutationId, Actor);
