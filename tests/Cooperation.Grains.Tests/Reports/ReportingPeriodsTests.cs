using Cooperation.Grains.Reports;

namespace Cooperation.Grains.Tests.Reports;

/// <summary>Which half-years that ended with no report show as missing, and which as overdue.</summary>
public sealed class ReportingPeriodsTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static (DateOnly, DateOnly) Period(int y1, int m1, int d1, int y2, int m2, int d2) => (new(y1, m1, d1), new(y2, m2, d2));

    /// <summary>Reports for late 2025 and late 2026 leave the first half of 2026 missing, and overdue since 30 July.</summary>
    [Fact]
    public void Missing_GapBetweenReports_OverdueHalfYear()
    {
        var missing = ReportingPeriods.Missing([Period(2025, 7, 1, 2025, 12, 31), Period(2026, 7, 1, 2026, 12, 31)], Today, endsOn: null);

        var gap = Assert.Single(missing);
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), new DateOnly(2026, 7, 30), true), (gap.PeriodStart, gap.PeriodEnd, gap.DueOn, gap.Overdue));
    }

    /// <summary>A half-year that just ended is missing but not yet overdue: the grace period runs.</summary>
    [Fact]
    public void Missing_JustEnded_MissingNotOverdue()
    {
        var missing = ReportingPeriods.Missing([Period(2025, 7, 1, 2025, 12, 31)], new DateOnly(2026, 7, 15), endsOn: null);

        Assert.Equal([(new DateOnly(2026, 1, 1), false)], missing.Select(m => (m.PeriodStart, m.Overdue)));
    }

    /// <summary>No report yet means no known duty; a yearly report covers both of its half-years.</summary>
    [Fact]
    public void Missing_NoReportOrCoveringReport_NothingMissing()
    {
        Assert.Empty(ReportingPeriods.Missing([], Today, endsOn: null));
        Assert.Empty(ReportingPeriods.Missing([Period(2025, 1, 1, 2025, 12, 31), Period(2026, 1, 1, 2026, 6, 30)], Today, endsOn: null));
    }

    /// <summary>Nothing is owed after the partnership ended.</summary>
    [Fact]
    public void Missing_AfterPartnershipEnd_NothingOwed()
    {
        var missing = ReportingPeriods.Missing([Period(2024, 1, 1, 2024, 6, 30)], Today, endsOn: new DateOnly(2024, 12, 31));

        Assert.Equal([new DateOnly(2024, 7, 1)], missing.Select(m => m.PeriodStart));
    }
}
