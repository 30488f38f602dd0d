namespace Cooperation.Grains.Money;

/// <summary>One line of the year's budget: who funds how much of what, in euros.</summary>
/// <param name="Id">Local to the ledger: "b1", "b2"… in the order lines were added.</param>
/// <param name="FunderName">The funder's name: required for another co-financer; for the authorities and the fund, the name the line gives, or null.</param>
/// <param name="Label">What the money is for (« Transport et dédouanement des conteneurs »).</param>
/// <param name="Amount">In euros, to the cent.</param>
/// <param name="Source">The granted application a line came from (its key), or null for a line North staff entered.</param>
[GenerateSerializer, Immutable]
public sealed record LedgerBudgetLine(
    [property: Id(0)] string Id,
    [property: Id(1)] Funder Funder,
    [property: Id(2)] string? FunderName,
    [property: Id(3)] string Label,
    [property: Id(4)] decimal Amount,
    [property: Id(5)] string? Source = null);

/// <summary>What North staff type for a budget line, checked by <see cref="LedgerRules.BudgetLine"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record BudgetLineEntry(
    [property: Id(0)] Funder Funder,
    [property: Id(1)] string? FunderName,
    [property: Id(2)] string Label,
    [property: Id(3)] decimal Amount);
