using Cooperation.Grains.Shipments;
using Cooperation.Grains.Shipments.Commands;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Actions;

namespace Cooperation.GraphQL.Shipments;

/// <summary>The field actions on shipments; the grain decides which side may act.</summary>
internal static class ShipmentActions
{
    public static IEnumerable<FieldAction> All =>
    [
        new FieldAction<PrepareShipmentInput, PrepareShipmentInputType, Shipment>("prepareShipment",
            "Préparer un envoi (Nord). / Prepare a shipment (North).", ShipmentAnswers.Shipment,
            (i, c) =>
            {
                var slug = PartnershipLookup.Slug(i.PartnershipId);
                var clientMutationId = ClientMutationId(i.ClientMutationId);
                return c.Grains.GetGrain<IShipmentGrain>(ShipmentRules.KeyFor(slug, clientMutationId)).PrepareAsync(new PrepareShipment(clientMutationId, c.Actor, i.Title,
                [
                    .. i.Boxes.Select(b => new PackedBox(b.Label ?? "",
                    [
                        .. b.Items.Select(item => new PackedItem(item.Kind, item.SerialNumber, new Refurbishment(
                            item.Refurbishment.DataWiped, item.Refurbishment.SystemInstalled, item.Refurbishment.Tested, item.Refurbishment.Grade, item.Refurbishment.ResidualValue), item.Destination)),
                    ])),
                ]));
            }),
        new FieldAction<AdvanceShipmentInput, AdvanceShipmentInputType, Shipment>("advanceShipment",
            "Marquer un envoi expédié, en transit ou arrivé (Nord). / Mark a shipment shipped, in transit or arrived (North).", ShipmentAnswers.Shipment,
            (i, c) => Of(i, c).AdvanceAsync(new AdvanceShipment(i.ClientMutationId, c.Actor, i.Status))),
        new FieldAction<ReceiveShipmentInput, ReceiveShipmentInputType, ShipmentConfirmation>("receiveShipment",
            "« Tout reçu » en une action (Sud). / 'All received' in one action (South).", ShipmentAnswers.Confirmation,
            (i, c) => Of(i, c).ReceiveAsync(new ReceiveShipment(i.ClientMutationId, c.Actor, i.PhotoId))),
        new FieldAction<ConfirmShipmentItemsInput, ConfirmShipmentItemsInputType, ShipmentConfirmation>("confirmShipmentItems",
            "Pointer des articles ou des cartons : reçu, abîmé, manquant (Sud). / Check items or boxes: received, damaged, missing (South).", ShipmentAnswers.Confirmation,
            (i, c) => Of(i, c).ConfirmItemsAsync(new ConfirmShipmentItems(i.ClientMutationId, c.Actor,
                [.. i.Verdicts.Select(v => new VerdictLine(v.ItemId, v.BoxId, v.Verdict, v.Reason, v.PhotoId))]))),
        new FieldAction<ReconcileShipmentInput, ReconcileShipmentInputType, Shipment>("reconcileShipment",
            "Rapprocher un envoi reçu (Nord). / Reconcile a received shipment (North).", ShipmentAnswers.Shipment,
            (i, c) => Of(i, c).ReconcileAsync(new ReconcileShipment(i.ClientMutationId, c.Actor, i.Note))),
        new FieldAction<RecordItemEventInput, RecordItemEventInputType, Shipment>("recordItemEvent",
            "Consigner la vie d'un matériel reçu ou abîmé, jamais d'un manquant (CONFLICT) : installé, vu en marche, vu en panne. / Record the life of a received or damaged item, never a missing one (CONFLICT): installed, seen working, seen broken.", ShipmentAnswers.Shipment,
            (i, c) => Of(i, c).RecordItemEventAsync(new RecordItemEvent(
                i.ClientMutationId, c.Actor, i.ItemId, i.Event, i.Note, i.MissionId is null ? null : Missions.MissionLookup.Key(i.MissionId)))),
    ];

    /// <summary>The shipment an action on an existing shipment acts on.</summary>
    private static IShipmentGrain Of(ShipmentChangeInput input, ActionContext context) =>
        context.Grains.GetGrain<IShipmentGrain>(ShipmentLookup.Key(input.ShipmentId));

    // The key is derived from the trimmed id, as the grain checks it: validate it here with the grain's own rule.
    private static string ClientMutationId(string clientMutationId)
    {
        try
        {
            return Grains.Common.ClientMutationIds.Checked(clientMutationId);
        }
        catch (DomainException e)
        {
            throw ApiErrors.Validation(e.MessageFr, e.MessageEn);
        }
    }
}
