namespace Cooperation.Grains.Money.Commands;

/// <summary>« Reçu » (South agents): the funds of a « fonds reçus » transaction arrived, or (Received false) they did not.</summary>
/// <param name="Note">Why, when they did not arrive as recorded (optional).</param>
[GenerateSerializer, Immutable]
public sealed record ConfirmReceipt(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string TransactionId,
    [property: Id(1)] bool Received,
    [property: Id(2)] string? Note = null) : Command(ClientMutationId, Actor)
{
    public override string? Subject => TransactionId;
}
