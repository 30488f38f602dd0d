using Cooperation.Grains.Shipments;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;
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
                var grains = c.Grains();
                var actor = c.Actor();
                // The index answers which shipments carried it: no scan over the partnership's shipments.
                var keys = await grains.GetGrain<IShipmentIndexGrain>(slug).FindSerialAsync(actor, serial);
                var lives = await Task.WhenAll(keys.Select(k => grains.GetGrain<IShipmentGrain>(k).GetSerialNumberHistoryAsync(actor, serial)));
                return new SerialNumberHistory(serial, keys, [.. lives.SelectMany(l => l).OrderBy(e => e.At)]);
            });
    }

    /// <summary>Fields of the mutation root.</summary>
    public static void AddShipmentMutations(this ObjectGraphType mutation) => ShipmentMutations.Add(mutation);

    /// <summary>Fields of a partnership (its shipments).</summary>
    public static void AddShipmentFields(this PartnershipType partnership)
    {
        partnership.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ShipmentType>>>>("shipments")
            .Description("Envois de matériel reconditionné, du plus ancien au plus récent. / Shipments of refurbished hardware, oldest first.")
            .WithComplexityImpact(1, ShipmentComplexity.ShipmentsPerPartnership)
            .WithAccess(AccessRule.PartnershipMember)
            .ResolveAsync(async c =>
            {
                var grains = c.Grains();
                var actor = c.Actor();
                var keys = await grains.GetGrain<IShipmentIndexGrain>(c.Source.Slug).ListAsync(actor);
                return await Task.WhenAll(keys.Select(key => grains.GetGrain<IShipmentGrain>(key).GetAsync(actor)));
            });
    }

    /// <summary>Fields of a change set: the shipments that changed.</summary>
    public static void AddShipmentChanges(this ChangeSetType changes)
    {
        changes.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ShipmentType>>>>("shipments")
            .Description("Envois modifiés depuis le curseur, à leur dernier état. / Shipments changed since the cursor, as they are now.")
            .WithComplexityImpact(1, ShipmentComplexity.ShipmentsPerPartnership)
            .ResolveAsync(async c =>
            {
                var grains = c.Grains();
                var actor = c.Actor();
                return await Task.WhenAll(c.Source.Changed(ShipmentGrain.Kind).Select(key => grains.GetGrain<IShipmentGrain>(key).GetAsync(actor)));
            });
        changes.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ShipmentChangeType>>>>("shipmentChanges")
            .Description("Envois modifiés depuis le curseur, par différence : seuls les articles changés depuis la version de l'appareil. / Shipments changed since the cursor, as differences: only the items changed since the device's version.")
            .WithComplexityImpact(1, ShipmentComplexity.ShipmentsPerPartnership)
            .ResolveAsync(async c =>
            {
                var grains = c.Grains();
                var actor = c.Actor();
                return await Task.WhenAll(c.Source.Changed(ShipmentGrain.Kind).Select(async key => new ShipmentChange(
                    await grains.GetGrain<IShipmentGrain>(key).GetAsync(actor), c.Source.Changes.KnownVersion(ShipmentGrain.Kind, key))));
            });
    }
}
