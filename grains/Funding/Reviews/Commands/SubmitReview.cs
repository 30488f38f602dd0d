namespace Cooperation.Grains.Funding.Reviews.Commands;

/// <summary>Transmettre son évaluation (the assigned reviewer): every criterion scored; the scores then no longer change.</summary>
[GenerateSerializer, Immutable]
public sealed record SubmitReview(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string? Comment) : Command(ClientMutationId, Actor);
