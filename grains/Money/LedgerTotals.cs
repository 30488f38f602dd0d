namespace Cooperation.Grains.Money;

/// <summary>
/// The year's sums in euros, computed by the ledger from its lines and transactions whenever it answers, so the council's
/// report and the dashboards read them rather than add them again.
/// </summary>
/// <param name="Budgeted">Sum of the budget lines.</param>
/// <param name="Committed">Sum of the commitments.</param>
/// <param name="Received">Sum of the « fonds reçus » the South did not say were missing.</param>
/// <param name="Disbursed">Sum of the disbursements.</param>
/// <param name="Spent">Sum of the expenditure.</param>
/// <param name="ByFunder">One row per funder (and per named co-financer) that has a line or provided a transaction.</param>
/// <param name="ByKind">One row per kind of transaction, in the order of <see cref="TransactionKind"/>.</param>
[GenerateSerializer, Immutable]
public sealed record LedgerTotals(
    [property: Id(0)] decimal Budgeted,
    [property: Id(1)] decimal Committed,
    [property: Id(2)] decimal Received,
    [property: Id(3)] decimal Disbursed,
    [property: Id(4)] decimal Spent,
    [property: Id(5)] IReadOnlyList<FunderTotal> ByFunder,
    [property: Id(6)] IReadOnlyList<KindTotal> ByKind);

/// <summary>What one funder budgeted, and the transactions it provided, by kind, in euros.</summary>
/// <param name="Name">The co-financer's name (another co-financer), or null.</param>
[GenerateSerializer, Immutable]
public sealed record FunderTotal(
    [property: Id(0)] Funder Funder,
    [property: Id(1)] string? Name,
    [property: Id(2)] decimal Budgeted,
    [property: Id(3)] decimal Committed,
    [property: Id(4)] decimal Received,
    [property: Id(5)] decimal Disbursed,
    [property: Id(6)] decimal Spent);

/// <summary>The euro sum and the count of one kind of transaction.</summary>
[GenerateSerializer, Immutable]
public sealed record KindTotal(
    [property: Id(0)] TransactionKind Kind,
    [property: Id(1)] decimal Euros,
    [property: Id(2)] int Count);
