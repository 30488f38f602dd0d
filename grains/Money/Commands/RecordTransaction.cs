namespace Cooperation.Grains.Money.Commands;

/// <summary>Enregistrer une opération (North staff): a commitment, funds received, a disbursement or an expenditure.</summary>
[GenerateSerializer, Immutable]
public sealed record RecordTransaction(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] TransactionEntry Transaction) : Command(ClientMutationId, Actor);
