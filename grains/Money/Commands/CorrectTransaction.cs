namespace Cooperation.Grains.Money.Commands;

/// <summary>Corriger une opération (North staff): the entry replaces what the transaction says.</summary>
/// <param name="ExpectedVersion">The ledger version the person was looking at; when it moved on since, CONFLICT.</param>
[GenerateSerializer, Immutable]
public sealed record CorrectTransaction(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string TransactionId,
    [property: Id(1)] TransactionEntry Transaction,
    [property: Id(2)] long? ExpectedVersion = null) : Command(ClientMutationId, Actor)
{
    public override string? Subject => TransactionId;
}
