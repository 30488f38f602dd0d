namespace Cooperation.Grains.Funding.Applications.Commands;

/// <summary>Renvoyer un dossier déposé pour compléments, en disant lesquels (gestionnaires): opens the next draft.</summary>
[GenerateSerializer, Immutable]
public sealed record ReturnFundApplication(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string Reason) : Command(ClientMutationId, Actor);
