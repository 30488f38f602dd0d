namespace Cooperation.Grains.Reports.Commands;

/// <summary>Soumettre le rapport: freezes the draft as the next numbered version and hands it to the South side.</summary>
[GenerateSerializer, Immutable]
public sealed record SubmitReport(string ClientMutationId, Actor Actor) : Command(ClientMutationId, Actor);
