namespace Cooperation.Grains.Funding.Reviews.Commands;

/// <summary>
/// Désigner un instructeur (gestionnaires). A conflict of interest detected from the partnership graph blocks the
/// assignment unless <see cref="OverrideReason"/> says why it may go ahead; the reason is kept and shown.
/// </summary>
/// <param name="ReviewerId">The reviewer's account key (e-mail address).</param>
[GenerateSerializer, Immutable]
public sealed record AssignReviewer(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string ReviewerId,
    [property: Id(1)] string? OverrideReason = null) : Command(ClientMutationId, Actor)
{
    public override string? Subject => ReviewerId;
}
