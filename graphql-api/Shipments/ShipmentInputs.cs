using Cooperation.Grains.Shipments;
using Cooperation.GraphQL.Schema;

namespace Cooperation.GraphQL.Shipments;

/// <summary>CLR shape of <c>PrepareShipmentInput</c>.</summary>
public sealed class PrepareShipmentInput : IClientMutationInput
{
    public string ClientMutationId { get; set; } = "";
    public string PartnershipId { get; set; } = "";
    public string Title { get; set; } = "";
    public List<PackedBoxInput> Boxes { get; set; } = [];
}

/// <summary>CLR shape of <c>PackedBoxInput</c>.</summary>
public sealed class PackedBoxInput
{
    public string? Label { get; set; }
    public List<PackedItemInput> Items { get; set; } = [];
}

/// <summary>CLR shape of <c>PackedItemInput</c>.</summary>
public sealed class PackedItemInput
{
    public ItemKind Kind { get; set; }
    public string SerialNumber { get; set; } = "";
    public string Destination { get; set; } = "";
    public RefurbishmentInput Refurbishment { get; set; } = new();
}

/// <summary>CLR shape of <c>RefurbishmentInput</c>.</summary>
public sealed class RefurbishmentInput
{
    public bool DataWiped { get; set; }
    public string? SystemInstalled { get; set; }
    public bool Tested { get; set; }
    public RefurbishmentGrade Grade { get; set; }
    public decimal? ResidualValue { get; set; }
}

/// <summary>What every action on an existing shipment carries.</summary>
public abstract class ShipmentChangeInput : IClientMutationInput
{
    public string ClientMutationId { get; set; } = "";
    public string ShipmentId { get; set; } = "";
}

/// <summary>CLR shape of <c>AdvanceShipmentInput</c>.</summary>
public sealed class AdvanceShipmentInput : ShipmentChangeInput
{
    public ShipmentStatus Status { get; set; }
}

/// <summary>CLR shape of <c>ReceiveShipmentInput</c>.</summary>
public sealed class ReceiveShipmentInput : ShipmentChangeInput
{
    public string? PhotoId { get; set; }
}

/// <summary>CLR shape of <c>ConfirmShipmentItemsInput</c>.</summary>
public sealed class ConfirmShipmentItemsInput : ShipmentChangeInput
{
    public List<ItemVerdictInput> Verdicts { get; set; } = [];
}

/// <summary>CLR shape of <c>ItemVerdictInput</c>.</summary>
public sealed class ItemVerdictInput
{
    public string? ItemId { get; set; }
    public string? BoxId { get; set; }
    public ReceiptVerdict Verdict { get; set; }
    public string? Reason { get; set; }
    public string? PhotoId { get; set; }
}

/// <summary>CLR shape of <c>ReconcileShipmentInput</c>.</summary>
public sealed class ReconcileShipmentInput : ShipmentChangeInput
{
    public string? Note { get; set; }
}

/// <summary>CLR shape of <c>RecordItemEventInput</c>.</summary>
public sealed class RecordItemEventInput : ShipmentChangeInput
{
    public string ItemId { get; set; } = "";
    public ItemEventKind Event { get; set; }
    public string? Note { get; set; }
    public string? MissionId { get; set; }
}
