namespace Cooperation.Grains.Funding.Reviews.Commands;

/// <summary>Se déporter (the assigned reviewer): they stop reviewing the application and their scores no longer count.</summary>
[GenerateSerializer, Immutable]
public sealed record RecuseFromReview(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string Reason) : Command(ClientMutationId, Actor);
