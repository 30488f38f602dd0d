namespace Cooperation.Grains.Shipments.Commands;

/// <summary>A box of the packing list as the North sends it.</summary>
[GenerateSerializer, Immutable]
public sealed record PackedBox(
    [property: Id(0)] string Label,
    [property: Id(1)] IReadOnlyList<PackedItem> Items);
