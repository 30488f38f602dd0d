using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Sync;

namespace Cooperation.GraphQL.Shipments;

/// <summary>Where the shipment domain plugs its fields into the schema.</summary>
public static class ShipmentSchema
{
    /// <summary>Fields of the query root.</summary>
    public static void AddShipmentQueries(this ObjectGraphType query)
    {
    }

    /// <summary>Fields of the mutation root.</summary>
    public static void AddShipmentMutations(this ObjectGraphType mutation)
    {
    }

    /// <summary>Fields of a partnership (its shipments).</summary>
    public static void AddShipmentFields(this PartnershipType partnership)
    {
    }

    /// <summary>Fields of a change set: the shipments that changed.</summary>
    public static void AddShipmentChanges(this ChangeSetType changes)
    {
    }
}
