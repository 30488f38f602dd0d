using Cooperation.Grains.Shipments;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Shipments;

/// <summary>A changed shipment as a device that already knew <paramref name="FromVersion"/> of it needs it.</summary>
public sealed record ShipmentChange(Shipment Shipment, long FromVersion)
{
    /// <summary>Whether the device had no version of it: everything is sent.</summary>
    public bool IsNew => FromVersion == 0;

    /// <summary>The items changed after the device's version, in packing order (none when it is new: all come whole).</summary>
    public IEnumerable<ShipmentItem> ChangedItems =>
        IsNew ? [] : Shipment.Items.Where(i => i.ChangedIn > FromVersion);
}

/// <summary>
/// A shipment in a change set, by difference: one confirmed item of fifty costs one item on a 2G link, not fifty
/// (DESIGN §5 B3).
/// </summary>
public sealed class ShipmentChangeType : ObjectGraphType<ShipmentChange>
{
    public ShipmentChangeType()
    {
        Name = "ShipmentChange";
        Description = "Un envoi modifié, par différence avec la version qu'a l'appareil. / A changed shipment, as a difference from the device's version.";
        Field<NonNullGraphType<ShipmentType>>("shipment")
            .Description("L'envoi tel qu'il est ; ne demandez que ce qui change (statut). / The shipment as it is; ask only for what changes (status).")
            .Resolve(c => c.Source.Shipment);
        Field<NonNullGraphType<LongGraphType>>("fromVersion")
            .Description("Version que l'appareil avait (0 : envoi nouveau pour lui, tout est envoyé). / Version the device had (0: new to it, everything is sent).")
            .Resolve(c => c.Source.FromVersion);
        // What never changes after preparation (title, boxes, what each item is) comes once, when the shipment is new to
        // the device; after that only what the receiver and the field missions change.
        Field<StringGraphType>("title")
            .Description("Intitulé, quand l'envoi est nouveau pour l'appareil, sinon null. / Title, when the shipment is new to the device, else null.")
            .Resolve(c => c.Source.IsNew ? c.Source.Shipment.Title : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ShipmentBoxType>>>>("boxes")
            .Description("Les cartons (sans leurs articles) quand l'envoi est nouveau pour l'appareil, sinon aucun. / The boxes (without items) when the shipment is new to the device, else none.")
            .WithComplexityImpact(1, ShipmentComplexity.BoxesPerShipment)
            .Resolve(c => c.Source.IsNew ? c.Source.Shipment.Boxes.Select(b => new ShipmentBoxView(b, [])) : []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ShipmentItemType>>>>("items")
            .Description("Tous les articles quand l'envoi est nouveau pour l'appareil, sinon aucun. / Every item when the shipment is new to the device, else none.")
            .WithComplexityImpact(1, ShipmentComplexity.ItemsPerShipment)
            .Resolve(c => c.Source.IsNew ? c.Source.Shipment.Items : []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ShipmentItemType>>>>("changedItems")
            .Description("Articles changés depuis la version de l'appareil (verdicts, contestations, événements), dans l'ordre de colisage. / Items changed since the device's version (verdicts, disputes, events), in packing order.")
            .WithComplexityImpact(1, ShipmentComplexity.ItemsPerShipment)
            .Resolve(c => c.Source.ChangedItems);
        this.FieldsGuardedByParent();
    }
}
