namespace Cooperation.Grains.Shipments.Commands;

/// <summary>An item of the packing list as the North sends it.</summary>
[GenerateSerializer, Immutable]
public sealed record PackedItem(
    [property: Id(0)] ItemKind Kind,
    [property: Id(1)] string SerialNumber,
    [property: Id(2)] Refurbishment Refurbishment,
    [property: Id(3)] string Destination);
