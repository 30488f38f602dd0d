using Cooperation.Grains.Dashboards;

namespace Cooperation.GraphQL.Dashboards;

/// <summary>Every partnership one person oversees, at a glance, as of <see cref="Today"/>.</summary>
public sealed record Dashboard(DateOnly Today, IReadOnlyList<PartnershipDashboard> Partnerships);
