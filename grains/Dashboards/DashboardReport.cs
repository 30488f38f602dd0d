using Cooperation.Grains.Reports;

namespace Cooperation.Grains.Dashboards;

/// <summary>What the dashboard keeps of a progress report: its period and due date, where it stands, its indicators.</summary>
[GenerateSerializer, Immutable]
public sealed record DashboardReport(
    [property: Id(0)] DateOnly PeriodStart,
    [property: Id(1)] DateOnly PeriodEnd,
    [property: Id(2)] DateOnly DueOn,
    [property: Id(3)] ReportStatus Status,
    [property: Id(4)] bool Overdue,
    [property: Id(5)] IReadOnlyList<ReportIndicator> Indicators)
{
    public static DashboardReport Of(Report report) =>
        new(report.PeriodStart, report.PeriodEnd, report.DueOn, report.Status, report.Overdue, report.Content.Indicators);
}
