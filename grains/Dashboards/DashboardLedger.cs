using Cooperation.Grains.Money;

namespace Cooperation.Grains.Dashboards;

/// <summary>What the dashboard keeps of a year's ledger: its sums in euros, as the ledger computed them.</summary>
[GenerateSerializer, Immutable]
public sealed record DashboardLedger(
    [property: Id(0)] int Year,
    [property: Id(1)] decimal Budgeted,
    [property: Id(2)] decimal Committed,
    [property: Id(3)] decimal Received,
    [property: Id(4)] decimal Disbursed,
    [property: Id(5)] decimal Spent)
{
    public static DashboardLedger Of(Ledger ledger) =>
        new(ledger.Year, ledger.Totals.Budgeted, ledger.Totals.Committed, ledger.Totals.Received, ledger.Totals.Disbursed, ledger.Totals.Spent);
}
