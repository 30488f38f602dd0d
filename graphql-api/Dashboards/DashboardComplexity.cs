namespace Cooperation.GraphQL.Dashboards;

/// <summary>
/// How many rows each dashboard list holds on average, for the complexity analyser, whose default multiplier treats
/// every list alike (see <see cref="Shipments.ShipmentComplexity"/>).
/// </summary>
/// <remarks>The programme's partnerships (chapter 7 names five), a report's few indicators, two half-years a year over about ten years.</remarks>
public static class DashboardComplexity
{
    public const double Partnerships = 20;
    public const double Indicators = 5;
    public const double PointsPerIndicator = 20;
    public const double Years = 10;
    public const double Discrepancies = 3;
}
