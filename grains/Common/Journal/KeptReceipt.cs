namespace Cooperation.Grains.Common.Journal;

/// <summary>One applied action id and its receipt, as a <see cref="ReceiptJournal{TReceipt}"/> keeps them.</summary>
/// <param name="MadeBy">
/// For a receipt written before receipts recorded who acted: the person the history names for that action, found
/// when the old state was moved (<see cref="ActionReceipts.MadeBy"/>); null when the receipt knows its sender, or when
/// the action left no history line.
/// </param>
[GenerateSerializer, Immutable]
public sealed record KeptReceipt<TReceipt>(
    [property: Id(0)] string ClientMutationId,
    [property: Id(1)] TReceipt Receipt,
    [property: Id(2)] string? MadeBy = null);
