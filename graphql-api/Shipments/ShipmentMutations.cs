using Cooperation.Grains.Shipments;
using Cooperation.Grains.Shipments.Commands;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Shipments;

/// <summary>The shipment fields of the mutation root, one Input and one Payload each; the grain decides which side may act.</summary>
public static class ShipmentMutations
{
    public static void Add(ObjectGraphType mutation)
    {
        mutation.Field("prepareShipment", new NonNullGraphType(new ShipmentPayloadType("PrepareShipmentPayload", withOutcomes: false)))
            .Description("Préparer un envoi (Nord). / Prepare a shipment (North).")
            .Argument<NonNullGraphType<PrepareShipmentInputType>>("input")
            .WithAccess(AccessRule.PartnershipMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<PrepareShipmentInput>("input");
                var slug = PartnershipLookup.Slug(input.PartnershipId);
                var clientMutationId = ClientMutationId(input.ClientMutationId);
                var command = new PrepareShipment(clientMutationId, c.Actor(), input.Title,
                [
                    .. input.Boxes.Select(b => new PackedBox(b.Label ?? "",
                    [
                        .. b.Items.Select(i => new PackedItem(i.Kind, i.SerialNumber, new Refurbishment(
                            i.Refurbishment.DataWiped, i.Refurbishment.SystemInstalled, i.Refurbishment.Tested, i.Refurbishment.Grade), i.Destination)),
                    ])),
                ]);
                var shipment = await c.Grains().GetGrain<IShipmentGrain>(ShipmentRules.KeyFor(slug, clientMutationId)).PrepareAsync(command);
                return new ShipmentPayload(input.ClientMutationId, shipment, []);
            });

        Add<AdvanceShipmentInput, AdvanceShipmentInputType>(mutation, "advanceShipment",
            "Marquer un envoi expédié, en transit ou arrivé (Nord). / Mark a shipment shipped, in transit or arrived (North).", withOutcomes: false,
            async (i, actor, g) => (await g.AdvanceAsync(new AdvanceShipment(i.ClientMutationId, actor, i.Status)), []));
        Add<ReceiveShipmentInput, ReceiveShipmentInputType>(mutation, "receiveShipment",
            "« Tout reçu » en une action (Sud). / 'All received' in one action (South).", withOutcomes: true,
            async (i, actor, g) => Split(await g.ReceiveAsync(new ReceiveShipment(i.ClientMutationId, actor, i.PhotoId))));
        Add<ConfirmShipmentItemsInput, ConfirmShipmentItemsInputType>(mutation, "confirmShipmentItems",
            "Pointer des articles ou des cartons : reçu, abîmé, manquant (Sud). / Check items or boxes: received, damaged, missing (South).", withOutcomes: true,
            async (i, actor, g) => Split(await g.ConfirmItemsAsync(new ConfirmShipmentItems(i.ClientMutationId, actor,
                [.. i.Verdicts.Select(v => new VerdictLine(v.ItemId, v.BoxId, v.Verdict, v.Reason, v.PhotoId))]))));
        Add<ReconcileShipmentInput, ReconcileShipmentInputType>(mutation, "reconcileShipment",
            "Rapprocher un envoi reçu (Nord). / Reconcile a received shipment (North).", withOutcomes: false,
            async (i, actor, g) => (await g.ReconcileAsync(new ReconcileShipment(i.ClientMutationId, actor, i.Note)), []));
        Add<RecordItemEventInput, RecordItemEventInputType>(mutation, "recordItemEvent",
            "Consigner la vie d'un matériel reçu ou abîmé, jamais d'un manquant (CONFLICT) : installé, vu en marche, vu en panne. / Record the life of a received or damaged item, never a missing one (CONFLICT): installed, seen working, seen broken.", withOutcomes: false,
            async (i, actor, g) => (await g.RecordItemEventAsync(new RecordItemEvent(
                i.ClientMutationId, actor, i.ItemId, i.Event, i.Note, i.MissionId is null ? null : Missions.MissionLookup.Key(i.MissionId))), []));
    }

    private static (Shipment, IReadOnlyList<ItemOutcome>) Split(ShipmentConfirmation confirmation) => (confirmation.Shipment, confirmation.Outcomes);

    // The key is derived from the trimmed id, as the grain checks it: validate it here with the grain's own rule.
    private static string ClientMutationId(string clientMutationId)
    {
        try
        {
            return Grains.Partnerships.MilestoneRules.ClientMutationId(clientMutationId);
        }
        catch (DomainException e)
        {
            throw ApiErrors.Validation(e.MessageFr, e.MessageEn);
        }
    }

    /// <summary>Declares a mutation on an existing shipment: <c>name(input: NameInput!): NamePayload!</c>.</summary>
    private static void Add<TInput, TInputType>(
        ObjectGraphType mutation, string name, string description, bool withOutcomes,
        Func<TInput, Actor, IShipmentGrain, Task<(Shipment, IReadOnlyList<ItemOutcome>)>> command)
        where TInput : ShipmentChangeInput
        where TInputType : IInputObjectGraphType
    {
        var payloadName = char.ToUpperInvariant(name[0]) + name[1..] + "Payload";
        mutation.Field(name, new NonNullGraphType(new ShipmentPayloadType(payloadName, withOutcomes)))
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .WithAccess(AccessRule.PartnershipMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<TInput>("input");
                var key = ShipmentLookup.Key(input.ShipmentId);
                var (shipment, outcomes) = await command(input, c.Actor(), c.Grains().GetGrain<IShipmentGrain>(key));
                return new ShipmentPayload(input.ClientMutationId, shipment, outcomes);
            });
    }
}
