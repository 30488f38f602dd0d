using Cooperation.Grains.Shipments;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Shipments;

/// <summary>A shipment of refurbished hardware.</summary>
public sealed class ShipmentType : ObjectGraphType<Shipment>
{
    public ShipmentType()
    {
        Name = ShipmentLookup.TypeName;
        Interface<Schema.Relay.NodeInterface>();
        IsTypeOf = value => value is Shipment;
        Description = "Envoi de matériel informatique reconditionné, de la liste de colisage au rapprochement. / A shipment of refurbished hardware, from packing list to reconciliation.";

        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => ShipmentLookup.GlobalIdOf(c.Source.Key));
        this.AddPartnershipId(s => s.PartnershipSlug);
        Field(s => s.Title).Description("Intitulé. / Title.");
        Field<NonNullGraphType<ShipmentStatusType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ShipmentBoxType>>>>("boxes")
            .Description("Cartons et leurs articles, dans l'ordre de colisage. / Boxes and their items, in packing order.")
            .WithComplexityImpact(1, ShipmentComplexity.BoxesPerShipment)
            .Resolve(c =>
            {
                var byBox = c.Source.Items.ToLookup(i => i.BoxId);
                return c.Source.Boxes.Select(b => new ShipmentBoxView(b, [.. byBox[b.Id]]));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ShipmentItemType>>>>("items")
            .Description("Tous les articles, dans l'ordre de colisage. / Every item, in packing order.")
            .WithComplexityImpact(1, ShipmentComplexity.ItemsPerShipment).Resolve(c => c.Source.Items);
        Field<NonNullGraphType<IntGraphType>>("itemCount").Description("Nombre d'articles. / Number of items.").Resolve(c => c.Source.Items.Count);
        Field<NonNullGraphType<IntGraphType>>("checkedCount")
            .Description("Articles pointés par le Sud. / Items the South has checked.").Resolve(c => c.Source.Items.Count(i => i.Verdict is not null));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ShipmentItemType>>>>("reconciliation")
            .Description("Liste de rapprochement pour l'expéditeur : articles non reçus tels qu'expédiés ou contestés, avec verdict, raison, qui, quand. / Reconciliation list for the sender: items not received as shipped, or disputed, with verdict, reason, who, when.")
            .WithComplexityImpact(1, ShipmentComplexity.DiscrepanciesPerShipment)
            .Resolve(c => c.Source.Discrepancies);
        Field<NonNullGraphType<StringGraphType>>("summary")
            .Description("Les écarts en une ligne : « 2 ordinateurs manquants, 1 écran endommagé ». / The discrepancies in one line: '2 missing computers, 1 damaged screen'.")
            .Resolve(c => ShipmentSummary.Of(c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ShipmentStatusChangeType>>>>("timeline")
            .Description("Étapes atteintes, de la plus ancienne à la plus récente. / Steps reached, oldest first.")
            .WithComplexityImpact(1, ShipmentComplexity.Steps).Resolve(c => c.Source.Timeline);
        Field<DateTimeOffsetGraphType>("receivedAt").Description("Réception complète (UTC). / Complete receipt (UTC).")
            .Resolve(c => c.Source.Reached(ShipmentStatus.Received)?.At);
        Field<StringGraphType>("receivedBy").Description("Qui a terminé la réception. / Who completed the receipt.")
            .Resolve(c => c.Source.Reached(ShipmentStatus.Received)?.By.DisplayName);
        Field(s => s.ReconciliationNote, nullable: true).Description("Note de rapprochement du Nord. / North's reconciliation note.");
        this.AddHistoryField((c, page) => c.Grains().GetGrain<IShipmentGrain>(c.Source.Key).GetHistoryPageAsync(c.Actor(), page))
            .WithComplexityImpact(1, ShipmentComplexity.HistoryPerShipment);
        Field(s => s.UpdatedAt).Description("Dernière modification (UTC). / Last change (UTC).");
        Field(s => s.Version).Description("Version : croît à chaque changement. / Grows with every change.");
        this.FieldsGuardedByParent();
    }
}
