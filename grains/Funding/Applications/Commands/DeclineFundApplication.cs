namespace Cooperation.Grains.Funding.Applications.Commands;

/// <summary>Refuser le dossier, avec les motifs (gestionnaires).</summary>
[GenerateSerializer, Immutable]
public sealed record DeclineFundApplication(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string Reasons) : Command(ClientMutationId, Actor);
