namespace Cooperation.Grains.Reports.Commands;

/// <summary>Rédiger un rapport d'avancement: opens the report of the grain's period with its first draft.</summary>
[GenerateSerializer, Immutable]
public sealed record DraftReport(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] ReportContent Content) : Command(ClientMutationId, Actor);
