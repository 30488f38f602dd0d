namespace Cooperation.Grains.Dashboards;

/// <summary>
/// Le tableau de bord d'un partenariat: the partnership at a glance for the fund's managers, administrators and the
/// North authority's staff — milestone progress, reports due or overdue, deliveries with discrepancies, indicators
/// over time, money committed, received and spent. Key: the partnership's slug.
/// </summary>
/// <remarks>
/// A read model that follows the partnership's change feed (<see cref="Sync.FeedReadModelGrain{TState}"/>): it keeps a
/// few lines per milestone, report, shipment and ledger, re-reads only those that changed since it last answered, and
/// computes the figures from its own lines. A view of an unchanged partnership costs this grain and one read of the
/// feed, however many years of reports and shipments it has.
/// </remarks>
public interface IPartnershipDashboardGrain : IGrainWithStringKey
{
    /// <summary>
    /// The figures as of now, to whoever reads the partnership (members, administrators; the API asks as the platform
    /// for a fund manager once her role is checked); anyone else is refused.
    /// </summary>
    Task<PartnershipDashboard> GetAsync(Actor actor);
}
