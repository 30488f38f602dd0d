using Cooperation.Grains.Reports;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema.Relay;

namespace Cooperation.GraphQL.Reports;

/// <summary>Turns client-supplied report ids into grain keys, refusing malformed ones before any grain is activated.</summary>
public static class ReportLookup
{
    public const string TypeName = "Report";

    private static readonly NodeKeys Ids = new(TypeName, ReportRules.IsValidKey, "un identifiant de rapport d'avancement", "a progress report id");

    public static string GlobalIdOf(string key) => Ids.GlobalIdOf(key);

    /// <summary>The grain key of a report's global id.</summary>
    public static string Key(string id) => Ids.Key(id);

    /// <summary>The local ids of milestones given by global id, each of which must belong to the report's partnership.</summary>
    public static IReadOnlyList<string>? MilestoneIds(string slug, IEnumerable<string>? globalIds) =>
        PartnershipLookup.MilestoneIdsOf(slug, globalIds);
}
