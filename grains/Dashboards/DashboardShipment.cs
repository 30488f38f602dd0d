using Cooperation.Grains.Shipments;

namespace Cooperation.Grains.Dashboards;

/// <summary>What the dashboard keeps of a shipment: where it stands, and its items counted by standing verdict.</summary>
/// <param name="Left">Whether it left the North: items of a shipment still being packed are not yet deliveries.</param>
/// <param name="Awaiting">Items that have no verdict yet.</param>
/// <param name="Disputed">Items received whose verdict someone disputed since (« contesté »).</param>
[GenerateSerializer, Immutable]
public sealed record DashboardShipment(
    [property: Id(0)] string Title,
    [property: Id(1)] ShipmentStatus Status,
    [property: Id(2)] bool Left,
    [property: Id(3)] int Items,
    [property: Id(4)] int Received,
    [property: Id(5)] int Damaged,
    [property: Id(6)] int Missing,
    [property: Id(7)] int Awaiting,
    [property: Id(8)] int Disputed)
{
    public static DashboardShipment Of(Shipment shipment)
    {
        int Counted(ReceiptVerdict verdict) => shipment.Items.Count(i => i.Verdict?.Verdict == verdict);
        return new(
            shipment.Title, shipment.Status, shipment.Reached(ShipmentStatus.Shipped) is not null, shipment.Items.Count,
            Counted(ReceiptVerdict.Received), Counted(ReceiptVerdict.Damaged), Counted(ReceiptVerdict.Missing),
            shipment.Items.Count(i => i.Verdict is null),
            shipment.Items.Count(i => i.Verdict?.Verdict == ReceiptVerdict.Received && i.Disputes.Count > 0));
    }
}
