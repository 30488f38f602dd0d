using Cooperation.Grains.Partnerships;

namespace Cooperation.Grains.Dashboards;

/// <summary>One partnership at a glance, as of <see cref="Today"/>.</summary>
/// <param name="Money">One row per year that has a ledger entry, oldest first.</param>
[GenerateSerializer, Immutable]
public sealed record PartnershipDashboard(
    [property: Id(0)] Partnership Partnership,
    [property: Id(1)] DateOnly Today,
    [property: Id(2)] MilestoneProgress Milestones,
    [property: Id(3)] ReportsDue Reports,
    [property: Id(4)] DeliverySummary Deliveries,
    [property: Id(5)] IReadOnlyList<IndicatorSeries> Indicators,
    [property: Id(6)] IReadOnlyList<DashboardLedger> Money);

/// <summary>The milestones by status.</summary>
/// <param name="Late">Planned or in progress, and due before today.</param>
/// <param name="AverageProgress">Mean progress (0–100) of the milestones not cancelled, a completed one counting 100.</param>
[GenerateSerializer, Immutable]
public sealed record MilestoneProgress(
    [property: Id(0)] int Total,
    [property: Id(1)] int Planned,
    [property: Id(2)] int InProgress,
    [property: Id(3)] int Completed,
    [property: Id(4)] int Cancelled,
    [property: Id(5)] int Late,
    [property: Id(6)] int AverageProgress);

/// <summary>The progress reports owed: those being written and the half-years nobody started.</summary>
/// <param name="DueSoon">Not yet overdue, due within the notice the North gets (14 days).</param>
/// <param name="AwaitingReview">Submitted, not yet acknowledged or returned by the South.</param>
/// <param name="NextDueOn">The nearest due date of a report still owed and not overdue.</param>
[GenerateSerializer, Immutable]
public sealed record ReportsDue(
    [property: Id(0)] int DueSoon,
    [property: Id(1)] int Overdue,
    [property: Id(2)] int AwaitingReview,
    [property: Id(3)] DateOnly? NextDueOn);

/// <summary>The items of the shipments that left the North, by standing verdict, and the shipments with a discrepancy.</summary>
[GenerateSerializer, Immutable]
public sealed record DeliverySummary(
    [property: Id(0)] int Shipments,
    [property: Id(1)] int Items,
    [property: Id(2)] int Received,
    [property: Id(3)] int Damaged,
    [property: Id(4)] int Missing,
    [property: Id(5)] int Awaiting,
    [property: Id(6)] IReadOnlyList<ShipmentDiscrepancy> Discrepancies);

/// <summary>A shipment with at least one item damaged, missing, or whose receipt was disputed.</summary>
[GenerateSerializer, Immutable]
public sealed record ShipmentDiscrepancy(
    [property: Id(0)] string ShipmentKey,
    [property: Id(1)] string Title,
    [property: Id(2)] int Damaged,
    [property: Id(3)] int Missing,
    [property: Id(4)] int Disputed);

/// <summary>One indicator of the progress reports, over their periods.</summary>
/// <param name="Points">One per report that measured it, oldest period first.</param>
[GenerateSerializer, Immutable]
public sealed record IndicatorSeries(
    [property: Id(0)] string Code,
    [property: Id(1)] string Title,
    [property: Id(2)] string Unit,
    [property: Id(3)] IReadOnlyList<IndicatorPoint> Points);

/// <summary>What one report's period aimed at and reached.</summary>
[GenerateSerializer, Immutable]
public sealed record IndicatorPoint(
    [property: Id(0)] DateOnly PeriodStart,
    [property: Id(1)] DateOnly PeriodEnd,
    [property: Id(2)] decimal? Target,
    [property: Id(3)] decimal? Actual);
