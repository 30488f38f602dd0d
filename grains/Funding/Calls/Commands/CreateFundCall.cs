namespace Cooperation.Grains.Funding.Calls.Commands;

/// <summary>Ouvrir un appel à projets (gestionnaires du Fonds).</summary>
[GenerateSerializer, Immutable]
public sealed record CreateFundCall(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] int Year,
    [property: Id(1)] string Title,
    [property: Id(2)] decimal Envelope,
    [property: Id(3)] DateTimeOffset Deadline,
    [property: Id(4)] bool BlindReview,
    [property: Id(5)] IReadOnlyList<RubricCriterion> Criteria,
    [property: Id(6)] IReadOnlyList<PieceKind> RequiredPieces) : Command(ClientMutationId, Actor);
