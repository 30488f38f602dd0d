namespace Cooperation.Grains.Money;

/// <summary>Snapshot of a partnership's money for one year, with its totals computed once, where it is kept.</summary>
/// <param name="Key">The grain key, <c>"{slug}/{year}"</c>.</param>
/// <param name="BudgetLines">In the order they were added.</param>
/// <param name="Transactions">By date, then in the order they were recorded.</param>
/// <param name="Totals">In euros: by funder and by kind (committed, received, disbursed, spent).</param>
/// <param name="Hardware">What the hardware shipped that year is worth, from each item's refurbishment record.</param>
/// <param name="Version">Grows by one with each change (0: nothing entered yet); a client sends it back to detect a concurrent edit.</param>
[GenerateSerializer, Immutable]
public sealed record Ledger(
    [property: Id(0)] string Key,
    [property: Id(1)] string PartnershipSlug,
    [property: Id(2)] int Year,
    [property: Id(3)] IReadOnlyList<LedgerBudgetLine> BudgetLines,
    [property: Id(4)] IReadOnlyList<LedgerTransaction> Transactions,
    [property: Id(5)] LedgerTotals Totals,
    [property: Id(6)] HardwareValue Hardware,
    [property: Id(7)] DateTimeOffset UpdatedAt,
    [property: Id(8)] long Version);
