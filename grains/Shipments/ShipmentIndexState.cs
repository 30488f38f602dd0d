using Cooperation.Grains.Common.Indexes;

namespace Cooperation.Grains.Shipments;

/// <summary>Persisted state of a partnership's shipment index.</summary>
[GenerateSerializer]
public sealed class ShipmentIndexState : IPartnershipIndexState
{
    /// <summary>Shipment keys in the order they were registered (prepared).</summary>
    [Id(0)] public List<string> Keys { get; set; } = [];

    /// <summary>Normalised serial number → keys of the shipments that carried it, oldest first.</summary>
    [Id(1)] public Dictionary<string, List<string>> Serials { get; set; } = [];
}
