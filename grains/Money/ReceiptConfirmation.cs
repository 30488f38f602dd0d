namespace Cooperation.Grains.Money;

/// <summary>What the South said of a « fonds reçus » transaction: received, or not (with why, when it says).</summary>
/// <param name="Received">True: « Reçu ». False: the money has not arrived as recorded.</param>
[GenerateSerializer, Immutable]
public sealed record ReceiptConfirmation(
    [property: Id(0)] bool Received,
    [property: Id(1)] string? Note,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string By);
