namespace Cooperation.Grains.Money;

/// <summary>
/// One movement of money: what it is, when, how much in the currency it was paid in, the rate to euros entered with it
/// and its euro amount, who provided and who received it, why, and the documents that prove it.
/// </summary>
/// <param name="Id">Local to the ledger: "t1", "t2"… in the order transactions were recorded.</param>
/// <param name="Amount">In <paramref name="Currency"/>, as on the document (to the cent; whole francs for XOF).</param>
/// <param name="RatePerEuro">How many units of the currency make one euro (655.957 for XOF; 1 for EUR), as entered.</param>
/// <param name="EuroAmount">Amount ÷ rate, rounded to the cent, half away from zero (<see cref="LedgerRules.Euros"/>).</param>
/// <param name="Receipt">For « fonds reçus »: what the South said (received or not), or null while it has not.</param>
/// <param name="Source">The granted application a commitment came from (its key), or null for one North staff entered.</param>
/// <param name="RecordedBy">Who entered it last.</param>
[GenerateSerializer, Immutable]
public sealed record LedgerTransaction(
    [property: Id(0)] string Id,
    [property: Id(1)] TransactionKind Kind,
    [property: Id(2)] DateOnly Date,
    [property: Id(3)] decimal Amount,
    [property: Id(4)] Currency Currency,
    [property: Id(5)] decimal RatePerEuro,
    [property: Id(6)] decimal EuroAmount,
    [property: Id(7)] LedgerParty Provider,
    [property: Id(8)] LedgerParty Receiver,
    [property: Id(9)] string Description,
    [property: Id(10)] IReadOnlyList<LedgerDocument> Documents,
    [property: Id(11)] ReceiptConfirmation? Receipt,
    [property: Id(12)] string? Source,
    [property: Id(13)] string RecordedBy);

/// <summary>What North staff type for a transaction, checked by <see cref="LedgerRules.Transaction"/>.</summary>
/// <param name="RatePerEuro">Units of the currency for one euro; null means 1 for EUR and is refused for another currency.</param>
[GenerateSerializer, Immutable]
public sealed record TransactionEntry(
    [property: Id(0)] TransactionKind Kind,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] decimal Amount,
    [property: Id(3)] Currency Currency,
    [property: Id(4)] decimal? RatePerEuro,
    [property: Id(5)] LedgerParty Provider,
    [property: Id(6)] LedgerParty Receiver,
    [property: Id(7)] string Description,
    [property: Id(8)] IReadOnlyList<LedgerDocument> Documents);
