namespace Cooperation.Grains.Money;

/// <summary>
/// What the donated hardware shipped in the year is worth, in euros: each item's value from its fiche de
/// reconditionnement (<see cref="Shipments.Refurbishment.EuroValue"/>), added up per shipment. An in-kind contribution
/// of the North authority, not a transaction: it is shown beside the totals, never inside them.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record HardwareValue(
    [property: Id(0)] decimal Euros,
    [property: Id(1)] int Items,
    [property: Id(2)] IReadOnlyList<ShipmentHardwareValue> Shipments)
{
    public static HardwareValue None { get; } = new(0m, 0, []);
}

/// <summary>One shipment's hardware value.</summary>
/// <param name="ShipmentKey">The shipment's grain key.</param>
/// <param name="ShippedOn">The day it was marked shipped (in the ledger's year).</param>
/// <param name="Items">How many items it carried.</param>
/// <param name="DeclaredItems">How many of them had a residual value declared on their record; the others count at the default for their kind and grade.</param>
/// <param name="Euros">Their value added up.</param>
[GenerateSerializer, Immutable]
public sealed record ShipmentHardwareValue(
    [property: Id(0)] string ShipmentKey,
    [property: Id(1)] string Title,
    [property: Id(2)] DateOnly ShippedOn,
    [property: Id(3)] int Items,
    [property: Id(4)] int DeclaredItems,
    [property: Id(5)] decimal Euros);
