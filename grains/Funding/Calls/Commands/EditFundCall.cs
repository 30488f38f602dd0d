namespace Cooperation.Grains.Funding.Calls.Commands;

/// <summary>
/// Modifier un appel à projets: each part given replaces the call's; a part left null stays. The rubric, the
/// required pieces and blind review no longer change once a reviewer was assigned.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record EditFundCall(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string? Title = null,
    [property: Id(1)] decimal? Envelope = null,
    [property: Id(2)] DateTimeOffset? Deadline = null,
    [property: Id(3)] bool? BlindReview = null,
    [property: Id(4)] IReadOnlyList<RubricCriterion>? Criteria = null,
    [property: Id(5)] IReadOnlyList<PieceKind>? RequiredPieces = null) : Command(ClientMutationId, Actor);
