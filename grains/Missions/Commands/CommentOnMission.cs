namespace Cooperation.Grains.Missions.Commands;

/// <summary>Commenter une mission (South agents): adds a comment with its author and date.</summary>
[GenerateSerializer, Immutable]
public sealed record CommentOnMission(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string Text) : Command(ClientMutationId, Actor);
