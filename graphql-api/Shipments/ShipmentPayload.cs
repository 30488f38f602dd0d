using Cooperation.Grains.Shipments;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Shipments;

/// <summary>What a shipment mutation answers: the echoed client id, the shipment, and for receipts how each verdict landed.</summary>
public sealed record ShipmentPayload(string ClientMutationId, Shipment Shipment, IReadOnlyList<ItemOutcome> Outcomes);

/// <summary>One payload type per mutation (<c>PrepareShipmentPayload</c>, …); receipts also carry <c>outcomes</c>.</summary>
[DoNotRegister] // built once per mutation with its own name, not by dependency injection
public sealed class ShipmentPayloadType : ObjectGraphType<ShipmentPayload>
{
    public ShipmentPayloadType(string name, bool withOutcomes)
    {
        Name = name;
        Description = "Résultat : l'identifiant client renvoyé et l'envoi. / Result: the echoed client id and the shipment.";
        Field(p => p.ClientMutationId).Description("Identifiant client de l'action, renvoyé tel quel. / The action's client id, echoed.");
        Field<NonNullGraphType<ShipmentType>>("shipment").Resolve(c => c.Source.Shipment);
        if (withOutcomes)
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemOutcomeType>>>>("outcomes")
                .Description("Effet de chaque verdict, expliqué ; un renvoi redonne ceux de la première fois. / Effect of each verdict, explained; a resend gives the first ones again.")
                .WithComplexityImpact(1, ShipmentComplexity.ItemsPerShipment)
                .Resolve(c => c.Source.Outcomes);
        this.FieldsGuardedByParent();
    }
}
