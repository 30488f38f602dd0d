namespace Cooperation.Grains.Funding.Applications.Commands;

/// <summary>Déposer le dossier: refused while the checklist has a gap; freezes the draft as the next numbered version.</summary>
[GenerateSerializer, Immutable]
public sealed record SubmitFundApplication(string ClientMutationId, Actor Actor) : Command(ClientMutationId, Actor);
