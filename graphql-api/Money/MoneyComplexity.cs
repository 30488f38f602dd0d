namespace Cooperation.GraphQL.Money;

/// <summary>
/// How many rows each money list holds on average, for the complexity analyser: its default multiplier treats every
/// list alike (see <see cref="Shipments.ShipmentComplexity"/>), which made a sync carrying the year's ledgers look
/// twice the limit.
/// </summary>
/// <remarks>
/// The seeded ledgers hold three or four budget lines and five to seven transactions a year, with one document each;
/// the figures leave room for a busy partnership. A change set carries the years changed since the cursor: the
/// current one, now and then the last.
/// </remarks>
public static class MoneyComplexity
{
    public const double LedgersPerChangeSet = 2;
    public const double BudgetLinesPerLedger = 10;
    public const double TransactionsPerLedger = 30;
    public const double DocumentsPerTransaction = 2;

    /// <summary>The four kinds of funder and a few named co-financers; the four kinds of transaction.</summary>
    public const double Totals = 6;

    public const double HardwareShipmentsPerYear = 5;
}
