namespace Cooperation.Grains.Money;

/// <summary>The year's sums in euros, from the lines and the transactions as they stand.</summary>
public static class LedgerTotalling
{
    public static LedgerTotals Of(IReadOnlyList<LedgerBudgetLine> lines, IReadOnlyList<LedgerTransaction> transactions)
    {
        // Funds the South said did not arrive are not counted as received; they stay listed, with its word.
        var counted = transactions.Where(t => t.Receipt is not { Received: false }).ToList();
        decimal Sum(IEnumerable<LedgerTransaction> ts, TransactionKind kind) => ts.Where(t => t.Kind == kind).Sum(t => t.EuroAmount);

        // A named co-financer is a funder of its own; the authorities and the fund are one each, whatever the name given.
        (Funder, string?) FunderOf(Funder funder, string? name) => (funder, funder == Funder.OtherCoFinancer ? name : null);
        var funders = lines.Select(l => FunderOf(l.Funder, l.FunderName))
            .Concat(transactions.Where(t => t.Provider.Funder is not null).Select(t => FunderOf(t.Provider.Funder!.Value, t.Provider.Name)))
            .Distinct()
            .OrderBy(f => f.Item1).ThenBy(f => f.Item2, StringComparer.Ordinal);
        var byFunder = funders.Select(f =>
        {
            var provided = counted.Where(t => t.Provider.Funder is { } p && FunderOf(p, t.Provider.Name) == f).ToList();
            return new FunderTotal(
                f.Item1, f.Item2, lines.Where(l => FunderOf(l.Funder, l.FunderName) == f).Sum(l => l.Amount),
                Sum(provided, TransactionKind.Commitment), Sum(provided, TransactionKind.FundsReceived),
                Sum(provided, TransactionKind.Disbursement), Sum(provided, TransactionKind.Expenditure));
        }).ToList();
        var byKind = Enum.GetValues<TransactionKind>()
            .Select(k => new KindTotal(k, Sum(counted, k), counted.Count(t => t.Kind == k)))
            .ToList();

        return new LedgerTotals(
            lines.Sum(l => l.Amount), Sum(counted, TransactionKind.Commitment), Sum(counted, TransactionKind.FundsReceived),
            Sum(counted, TransactionKind.Disbursement), Sum(counted, TransactionKind.Expenditure), byFunder, byKind);
    }
}
