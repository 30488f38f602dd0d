using Cooperation.Grains.Accounts;
using Cooperation.Grains.Dashboards;
using Cooperation.Grains.Partnerships;
using Cooperation.GraphQL.Accounts;
using Cooperation.GraphQL.Exports;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Dashboards;

/// <summary>Where the dashboards plug their field into the schema.</summary>
public static class DashboardSchema
{
    /// <summary>Fields of the query root.</summary>
    public static void AddDashboardQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<DashboardType>>("dashboard")
            .Description("Tableau de bord : chaque partenariat qu'on suit, d'un coup d'œil. / Dashboard: every partnership one oversees, at a glance.")
            .WithAccess(AccessRule.Oversight)
            .ResolveAsync(async c => await ReadAsync(c.Grains(), c.Viewer(), c.RequestServices!.GetRequiredService<TimeProvider>()));

    /// <summary>
    /// One call per partnership shown, in parallel, each answered by the partnership's dashboard from what it keeps:
    /// the partnerships of the directory the viewer oversees, in its order.
    /// </summary>
    private static async Task<Dashboard> ReadAsync(IGrainFactory grains, Viewer viewer, TimeProvider time)
    {
        var slugs = await grains.GetGrain<IPartnershipDirectoryGrain>(PartnershipDirectoryGrain.Key).ListAsync();
        var shown = slugs.Select(slug => (Slug: slug, Reader: ReaderOf(viewer, slug))).Where(s => s.Reader is not null).ToList();
        var boards = await Task.WhenAll(shown.Select(s => grains.GetGrain<IPartnershipDashboardGrain>(s.Slug).GetAsync(s.Reader!)));
        return new Dashboard(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), boards);
    }

    /// <summary>
    /// As whom a partnership's dashboard is asked: administrators and fund managers see every partnership
    /// (<see cref="ExportReaders"/>); North staff the ones they work in. Anyone else's is not shown.
    /// </summary>
    private static Actor? ReaderOf(Viewer viewer, string slug) =>
        viewer.Access is { } access && (access.IsAdministrator || access.Roles.Contains(AccountRole.FundManager) || access.RoleIn(slug) == MemberRole.NorthStaff)
            ? ExportReaders.Of(viewer, slug)
            : null;
}
