namespace Cooperation.GraphQL.Shipments;

/// <summary>
/// How many rows each shipment list holds on average, for the complexity analyser: its default multiplier treats
/// every list alike, which makes "shipments → boxes → items" look 8,000 times its one field.
/// </summary>
/// <remarks>From DESIGN §5 B5 (a partnership with about 10 shipments of 50 items in 10 boxes).</remarks>
public static class ShipmentComplexity
{
    public const double ShipmentsPerPartnership = 10;
    public const double ItemsPerShipment = 50;
    public const double BoxesPerShipment = 10;
    public const double ItemsPerBox = 5;
    public const double DiscrepanciesPerShipment = 3;
    public const double DisputesPerItem = 1;
    public const double EventsPerItem = 2;
    public const double HistoryPerShipment = 20;
    public const double ShipmentsPerSerial = 1;

    /// <summary>Status steps of a shipment, or steps of a serial number's life.</summary>
    public const double Steps = 8;
}
