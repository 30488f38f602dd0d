using Cooperation.Grains.Shipments;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Schema.Actions;
using Cooperation.GraphQL.Sync;

namespace Cooperation.GraphQL.Shipments;

/// <summary>Where the shipment domain plugs its fields into the schema.</summary>
public static class ShipmentSchema
{
    /// <summary>Fields of the query root.</summary>
    public static void AddShipmentQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ShipmentType>>("shipment")
            .Description("Un envoi par son identifiant global. / A shipment by its global id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .WithAccess(AccessRule.PartnershipMember)
            .ResolveAsync(async c =>
            {
                var key = ShipmentLookup.Key(c.GetArgument<string>("id"));
                return await c.Grains().GetGrain<IShipmentGrain>(key).GetAsync(c.Actor());
            });

        query.Field<NonNullGraphType<SerialNumberHistoryType>>("serialNumberHistory")
            .Description("Toute la vie d'un numéro de série dans un partenariat, d'envoi en envoi. / A serial number's whole life in a partnership, across shipments.")
            .Argument<NonNullGraphType<IdGraphType>>("partnershipId")
            .Argument<NonNullGraphType<StringGraphType>>("serialNumber")
            .WithAccess(AccessRule.PartnershipMember)
            .ResolveAsync(async c =>
            {
                var slug = PartnershipLookup.Slug(c.GetArgument<string>("partnershipId"));
                var serial = ShipmentLookup.SerialNumber(c.GetArgument<string>("serialNumber"));
                // The index answers which shipments carried it: no scan over the partnership's shipments; each of
                // them answers its steps a page at a time, when they are asked for.
                var keys = await c.Grains().GetGrain<IShipmentIndexGrain>(slug).FindSerialAsync(c.Actor(), serial);
                return new SerialNumberHistory(serial, keys);
            });
    }

    /// <summary>Field actions: fields of the mutation root and members of the sync batch.</summary>
    public static IEnumerable<FieldAction> Actions => ShipmentActions.All;

    /// <summary>Fields of a partnership (its shipments).</summary>
    public static void AddShipmentFields(this PartnershipType partnership)
    {
        partnership.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ShipmentType>>>>("shipments")
            .Description("Envois de matériel reconditionné, du plus ancien au plus récent. / Shipments of refurbished hardware, oldest first.")
            .WithComplexityImpact(1, ShipmentComplexity.ShipmentsPerPartnership)
            .WithAccess(AccessRule.PartnershipMember)
            .ResolveAsync(async c => await c.Grains().GetGrain<IShipmentIndexGrain>(c.Source.Slug).ReadAllAsync(c.Actor()));
    }

    /// <summary>Shipments in the change feed: read for the person asking, or taken from an action's answer.</summary>
    public static ChangeKind<Shipment> Changes { get; } = new(ShipmentGrain.Kind,
        (c, key) => c.Grains.GetGrain<IShipmentGrain>(key).GetAsync(c.Actor), s => (s.Key, s.Version));
}
