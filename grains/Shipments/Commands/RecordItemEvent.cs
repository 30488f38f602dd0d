namespace Cooperation.Grains.Shipments.Commands;

/// <summary>Records what became of a received item: installed, seen working, seen broken (either side).</summary>
/// <param name="MissionKey">The field mission during which it was seen, when it was; a mission of the same partnership.</param>
[GenerateSerializer, Immutable]
public sealed record RecordItemEvent(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string ItemId,
    [property: Id(1)] ItemEventKind Kind,
    [property: Id(2)] string? Note,
    [property: Id(3)] string? MissionKey = null) : Command(ClientMutationId, Actor)
{
    public override string? Subject => ItemId;
}
