using Cooperation.Grains.Shipments;
using Cooperation.Grains.Shipments.Commands;

namespace Cooperation.Grains.Tests.Shipments;

/// <summary>Packing lists and shortcuts the shipment tests use, with realistic values.</summary>
public static class TestShipments
{
    public static readonly Refurbishment GradeA = new(DataWiped: true, "Linux Mint 22 Xfce", Tested: true, RefurbishmentGrade.A);

    /// <summary>Two boxes: b1 holds i1 (desktop DT-001) and i2 (screen SC-001); b2 holds i3 (laptop LP-001).</summary>
    public static PrepareShipment Prepare(string id, Actor? actor = null) => new(id, actor ?? TestPartnerships.Staff,
        "Envoi de rentrée — écoles de Dakar",
        [
            new PackedBox("Carton 1 — École élémentaire de Ngor", [
                new PackedItem(ItemKind.Desktop, "DT-001", GradeA, "École élémentaire de Ngor, Dakar"),
                new PackedItem(ItemKind.Screen, "SC-001", GradeA with { SystemInstalled = null }, "École élémentaire de Ngor, Dakar"),
            ]),
            new PackedBox("Carton 2 — Mairie de Yoff", [
                new PackedItem(ItemKind.Laptop, "LP-001", GradeA with { Grade = RefurbishmentGrade.B }, "Mairie de Yoff, Dakar"),
            ]),
        ]);

    /// <summary>A prepared and shipped shipment of a fresh partnership.</summary>
    public static async Task<(IPartnershipGrain Partnership, IShipmentGrain Shipment)> ShippedAsync(IGrainFactory grains)
    {
        var partnership = await TestPartnerships.NewAsync(grains);
        var shipment = await PreparedAsync(grains, partnership);
        await shipment.AdvanceAsync(new AdvanceShipment("ship", TestPartnerships.Staff, ShipmentStatus.Shipped));
        return (partnership, shipment);
    }

    public static async Task<IShipmentGrain> PreparedAsync(IGrainFactory grains, IPartnershipGrain partnership, string id = "prepare")
    {
        var shipment = grains.GetGrain<IShipmentGrain>(ShipmentRules.KeyFor(partnership.GetPrimaryKeyString(), id));
        await shipment.PrepareAsync(Prepare(id));
        return shipment;
    }

    public static VerdictLine Item(string itemId, ReceiptVerdict verdict, string? reason = null, string? photoId = null) =>
        new(itemId, null, verdict, reason, photoId);

    public static VerdictLine Box(string boxId, ReceiptVerdict verdict, string? reason = null) => new(null, boxId, verdict, reason, null);
}
