using Cooperation.Grains.Shipments;
using Cooperation.GraphQL.Schema.Actions;

namespace Cooperation.GraphQL.Shipments;

/// <summary>What shipment actions answer: the shipment, and for receipts how each verdict landed.</summary>
internal static class ShipmentAnswers
{
    private const string Description = "Résultat : l'identifiant client renvoyé et l'envoi. / Result: the echoed client id and the shipment.";

    public static ActionAnswer<Shipment> Shipment { get; } =
        ActionAnswer<Shipment>.Entity<ShipmentType>("shipment", Description).Changing(ShipmentSchema.Changes, s => s);

    /// <summary>A receipt's answer; the verdicts not simply recorded (already given, kept as a dispute) are its notices.</summary>
    public static ActionAnswer<ShipmentConfirmation> Confirmation { get; } = new ActionAnswer<ShipmentConfirmation>(Description, payload =>
    {
        payload.Field<NonNullGraphType<ShipmentType>>("shipment").Resolve(c => c.Source.Result.Shipment);
        payload.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemOutcomeType>>>>("outcomes")
            .Description("Effet de chaque verdict, expliqué ; un renvoi redonne ceux de la première fois. / Effect of each verdict, explained; a resend gives the first ones again.")
            .WithComplexityImpact(1, ShipmentComplexity.ItemsPerShipment)
            .Resolve(c => c.Source.Result.Outcomes);
    })
    .Changing(ShipmentSchema.Changes, r => r.Shipment) with
    {
        Notices = r => [.. r.Outcomes.Where(o => o.Outcome != ConfirmationOutcome.Recorded)],
    };
}
