namespace Cooperation.Grains.Shipments.Commands;

/// <summary>Records what became of a received item: installed, seen working, seen broken (either side).</summary>
[GenerateSerializer, Immutable]
public sealed record RecordItemEvent(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string ItemId,
    [property: Id(1)] ItemEventKind Kind,
    [property: Id(2)] string? Note) : Command(ClientMutationId, Actor);
