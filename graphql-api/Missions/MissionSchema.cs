using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Sync;

namespace Cooperation.GraphQL.Missions;

/// <summary>Where the mission domain plugs its fields into the schema.</summary>
public static class MissionSchema
{
    /// <summary>Fields of the query root.</summary>
    public static void AddMissionQueries(this ObjectGraphType query)
    {
    }

    /// <summary>Fields of the mutation root.</summary>
    public static void AddMissionMutations(this ObjectGraphType mutation)
    {
    }

    /// <summary>Fields of a partnership (its missions).</summary>
    public static void AddMissionFields(this PartnershipType partnership)
    {
    }

    /// <summary>Fields of a change set: the missions that changed.</summary>
    public static void AddMissionChanges(this ChangeSetType changes)
    {
    }
}
