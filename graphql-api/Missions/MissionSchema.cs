using Cooperation.Grains.Missions;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Schema.Actions;
using Cooperation.GraphQL.Sync;

namespace Cooperation.GraphQL.Missions;

/// <summary>Where the mission domain plugs its fields into the schema.</summary>
public static class MissionSchema
{
    /// <summary>Fields of the query root.</summary>
    public static void AddMissionQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<MissionType>>("mission")
            .Description("Une mission de terrain par son identifiant global. / A field mission by its global id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .WithAccess(AccessRule.PartnershipMember)
            .ResolveAsync(async c =>
            {
                var key = MissionLookup.Key(c.GetArgument<string>("id"));
                return await c.Grains().GetGrain<IMissionGrain>(key).GetAsync(c.Actor());
            });
    }

    /// <summary>Field actions: fields of the mutation root and members of the sync batch.</summary>
    public static IEnumerable<FieldAction> Actions => MissionActions.All;

    /// <summary>Fields of a partnership (its missions).</summary>
    public static void AddMissionFields(this PartnershipType partnership)
    {
        partnership.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MissionType>>>>("missions")
            .Description("Missions de terrain, par date de début. / Field missions, by start date.")
            .WithAccess(AccessRule.PartnershipMember)
            .ResolveAsync(async c =>
            {
                var missions = await c.Grains().GetGrain<IMissionIndexGrain>(c.Source.Slug).ReadAllAsync(c.Actor());
                return missions.OrderBy(m => m.Plan.StartOn).ThenBy(m => m.CreatedAt).ToList();
            });
    }

    /// <summary>Missions in the change feed: read for the person asking, or taken from an action's answer.</summary>
    public static ChangeKind<Mission> Changes { get; } = new(MissionGrain.Kind,
        (c, key) => c.Grains.GetGrain<IMissionGrain>(key).GetAsync(c.Actor), m => (m.Key, m.Version));
}
