using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Reports;

namespace Cooperation.Grains.Dashboards;

/// <summary>The dashboard's figures, computed from the lines it keeps and the day: nothing here reads a grain.</summary>
public static class DashboardFigures
{
    public static PartnershipDashboard Of(DashboardState state, DateOnly today) => new(
        state.Profile ?? throw new InvalidOperationException("A dashboard answers once it has read its partnership's feed."),
        today,
        Milestones(state.Milestones.Values, today),
        Reports(state.Reports.Values, today, state.Profile.EndsOn),
        Deliveries(state.Shipments),
        Indicators(state.Reports.Values),
        [.. state.Ledgers.Values.OrderBy(l => l.Year)]);

    public static MilestoneProgress Milestones(IReadOnlyCollection<Milestone> milestones, DateOnly today)
    {
        int Counted(MilestoneStatus status) => milestones.Count(m => m.Status == status);
        var open = milestones.Where(m => m.Status != MilestoneStatus.Cancelled).ToList();
        return new MilestoneProgress(
            milestones.Count, Counted(MilestoneStatus.Planned), Counted(MilestoneStatus.InProgress), Counted(MilestoneStatus.Completed),
            Counted(MilestoneStatus.Cancelled),
            milestones.Count(m => m.Status is MilestoneStatus.Planned or MilestoneStatus.InProgress && m.DueOn < today),
            open.Count == 0 ? 0 : (int)Math.Round(open.Average(m => m.Status == MilestoneStatus.Completed ? 100 : m.Progress)));
    }

    /// <summary>
    /// The reports being written, and the half-years no report covers (<see cref="ReportingPeriods.Missing"/>) with the
    /// current one: due soon from <see cref="ReportRules.DueSoonNotice"/> before their due date, overdue after it.
    /// </summary>
    public static ReportsDue Reports(IReadOnlyCollection<DashboardReport> reports, DateOnly today, DateOnly? endsOn)
    {
        var periods = reports.Select(r => (r.PeriodStart, r.PeriodEnd)).ToList();
        var owed = reports.Where(r => Report.Editable(r.Status)).Select(r => (r.DueOn, r.Overdue))
            .Concat(ReportingPeriods.Missing(periods, today, endsOn).Select(m => (m.DueOn, m.Overdue)))
            .ToList();
        var (start, end) = ReportingPeriods.HalfYearOf(today);
        if (periods.Count > 0 && (endsOn is null || start <= endsOn) && !periods.Any(p => p.PeriodStart <= end && p.PeriodEnd >= start))
            owed.Add((ReportRules.DueOn(end), false));

        var soonFrom = today.AddDays(ReportRules.DueSoonNotice.Days);
        var ahead = owed.Where(o => !o.Overdue).Select(o => o.DueOn).ToList();
        return new ReportsDue(
            ahead.Count(d => d <= soonFrom),
            owed.Count(o => o.Overdue),
            reports.Count(r => r.Status == ReportStatus.Submitted),
            ahead.Count == 0 ? null : ahead.Min());
    }

    public static DeliverySummary Deliveries(IReadOnlyDictionary<string, DashboardShipment> shipments)
    {
        var left = shipments.Where(s => s.Value.Left).OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
        return new DeliverySummary(
            left.Count,
            left.Sum(s => s.Value.Items),
            left.Sum(s => s.Value.Received),
            left.Sum(s => s.Value.Damaged),
            left.Sum(s => s.Value.Missing),
            left.Sum(s => s.Value.Awaiting),
            [.. left.Where(s => s.Value.Damaged + s.Value.Missing + s.Value.Disputed > 0)
                .Select(s => new ShipmentDiscrepancy(s.Key, s.Value.Title, s.Value.Damaged, s.Value.Missing, s.Value.Disputed))]);
    }

    /// <summary>Each indicator code with one point per report that has it, oldest period first; its latest title and unit.</summary>
    public static IReadOnlyList<IndicatorSeries> Indicators(IReadOnlyCollection<DashboardReport> reports) =>
        [.. reports
            .OrderBy(r => r.PeriodStart)
            .SelectMany(r => r.Indicators.Select(i => (Report: r, Indicator: i)))
            .GroupBy(m => m.Indicator.Code, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new IndicatorSeries(g.Key, g.Last().Indicator.Title, g.Last().Indicator.Unit,
                [.. g.Select(m => new IndicatorPoint(m.Report.PeriodStart, m.Report.PeriodEnd, m.Indicator.Target, m.Indicator.Actual))]))];
}
