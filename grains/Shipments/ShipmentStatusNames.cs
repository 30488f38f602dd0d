namespace Cooperation.Grains.Shipments;

/// <summary>How a shipment status reads in a sentence, in each language.</summary>
public static class ShipmentStatusNames
{
    public static string French(ShipmentStatus status) => status switch
    {
        ShipmentStatus.Prepared => "préparé",
        ShipmentStatus.Shipped => "expédié",
        ShipmentStatus.InTransit => "en transit",
        ShipmentStatus.Arrived => "arrivé",
        ShipmentStatus.BeingReceived => "en cours de réception",
        ShipmentStatus.Received => "reçu",
        ShipmentStatus.Reconciled => "rapproché",
        _ => status.ToString(),
    };

    public static string English(ShipmentStatus status) => status switch
    {
        ShipmentStatus.Prepared => "prepared",
        ShipmentStatus.Shipped => "shipped",
        ShipmentStatus.InTransit => "in transit",
        ShipmentStatus.Arrived => "arrived",
        ShipmentStatus.BeingReceived => "being received",
        ShipmentStatus.Received => "received",
        ShipmentStatus.Reconciled => "reconciled",
        _ => status.ToString(),
    };
}
