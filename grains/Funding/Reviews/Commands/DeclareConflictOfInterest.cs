namespace Cooperation.Grains.Funding.Reviews.Commands;

/// <summary>Déclarer un lien d'intérêts (the assigned reviewer): kept and shown to the managers.</summary>
[GenerateSerializer, Immutable]
public sealed record DeclareConflictOfInterest(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string Statement) : Command(ClientMutationId, Actor);
