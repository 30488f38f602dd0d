namespace Cooperation.Grains.Shipments;

/// <summary>What one shipment contributes to a report's computed indicators, over a period.</summary>
/// <param name="ComputersReceived">Desktops and laptops whose standing verdict is « reçu », given in the period.</param>
/// <param name="ComputersInstalled">Desktops and laptops first recorded as installed in the period.</param>
/// <param name="WifiTerminalsInstalled">Wi-Fi terminals first recorded as installed in the period.</param>
[GenerateSerializer, Immutable]
public sealed record ShipmentFacts(
    [property: Id(0)] int ComputersReceived,
    [property: Id(1)] int ComputersInstalled,
    [property: Id(2)] int WifiTerminalsInstalled)
{
    public static ShipmentFacts None { get; } = new(0, 0, 0);

    public ShipmentFacts Plus(ShipmentFacts other) =>
        new(ComputersReceived + other.ComputersReceived, ComputersInstalled + other.ComputersInstalled, WifiTerminalsInstalled + other.WifiTerminalsInstalled);
}
