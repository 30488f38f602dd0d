namespace Cooperation.GraphQL.Tests.Reports;

/// <summary>
/// Report periods no other test uses: a report's key is its partnership and period, and the API tests share one host
/// (and the seeded partnerships) for the whole run.
/// </summary>
public static class ReportPeriods
{
    private static int _next;

    /// <summary>A fresh two-day period (from 2030 on, far from the seeded ones), as "yyyy-MM-dd" strings.</summary>
    public static (string Start, string End) Next()
    {
        var start = new DateOnly(2030, 1, 1).AddDays(3 * Interlocked.Increment(ref _next));
        return (start.ToString("yyyy-MM-dd"), start.AddDays(1).ToString("yyyy-MM-dd"));
    }
}
