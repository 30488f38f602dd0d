namespace Cooperation.Grains.Partnerships.Commands;

/// <summary>
/// A change to an existing jalon.
/// </summary>
/// <param name="ExpectedVersion">
/// The version the person was looking at; when given and the milestone has moved on since,
/// the change is refused as a conflict instead of silently overwriting someone else's edit.
/// </param>
[GenerateSerializer, Immutable]
public abstract record MilestoneCommand(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string MilestoneId,
    [property: Id(1)] int? ExpectedVersion) : Command(ClientMutationId, Actor)
{
    public override string? Subject => MilestoneId;
}
