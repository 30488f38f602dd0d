using Cooperation.Grains.Accounts;
using Cooperation.GraphQL.Accounts;

namespace Cooperation.GraphQL.Exports;

/// <summary>Who reads a partnership's exports (its IATI file, its council's report), and as whom the grains are asked.</summary>
public static class ExportReaders
{
    /// <summary>
    /// A member or an administrator as herself (each grain checks her rights again); a fund manager, who reads every
    /// partnership the fund may finance but is no member of any, as the platform, once her role has been checked here;
    /// null for anyone else.
    /// </summary>
    public static Actor? Of(Viewer viewer, string slug)
    {
        if (viewer.AccessTo(slug).CanRead)
            return viewer.Actor;
        return viewer.Access?.Roles.Contains(AccountRole.FundManager) == true ? Actor.Seed : null;
    }
}
