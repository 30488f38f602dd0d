using Cooperation.Grains.Missions;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema.Relay;

namespace Cooperation.GraphQL.Missions;

/// <summary>Turns client-supplied mission ids into grain keys, refusing malformed ones before any grain is activated.</summary>
public static class MissionLookup
{
    public const string TypeName = "Mission";

    private static readonly NodeKeys Ids = new(TypeName, MissionRules.IsValidKey, "un identifiant de mission", "a mission id");

    public static string GlobalIdOf(string key) => Ids.GlobalIdOf(key);

    /// <summary>The grain key of a mission's global id.</summary>
    public static string Key(string id) => Ids.Key(id);

    /// <summary>The local ids of milestones given by global id, each of which must belong to the mission's partnership.</summary>
    public static IReadOnlyList<string>? MilestoneIds(string slug, IEnumerable<string>? globalIds) =>
        PartnershipLookup.MilestoneIdsOf(slug, globalIds);

    /// <summary>The global ids of a mission's linked milestones.</summary>
    public static IEnumerable<string> MilestoneGlobalIds(Mission mission) =>
        mission.Plan.MilestoneIds.Select(m => MilestoneNode.GlobalIdOf(mission.PartnershipSlug, m));
}
