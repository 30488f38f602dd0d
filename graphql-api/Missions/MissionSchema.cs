using Cooperation.Grains.Missions;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;
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

    /// <summary>Fields of the mutation root.</summary>
    public static void AddMissionMutations(this ObjectGraphType mutation) => MissionMutations.Add(mutation);

    /// <summary>Fields of a partnership (its missions).</summary>
    public static void AddMissionFields(this PartnershipType partnership)
    {
        partnership.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MissionType>>>>("missions")
            .Description("Missions de terrain, par date de début. / Field missions, by start date.")
            .WithAccess(AccessRule.PartnershipMember)
            .ResolveAsync(async c =>
            {
                var grains = c.Grains();
                var actor = c.Actor();
                var keys = await grains.GetGrain<IMissionIndexGrain>(c.Source.Slug).ListAsync(actor);
                var missions = await Task.WhenAll(keys.Select(key => grains.GetGrain<IMissionGrain>(key).GetAsync(actor)));
                return missions.OrderBy(m => m.Plan.StartOn).ThenBy(m => m.CreatedAt).ToList();
            });
    }

    /// <summary>Fields of a change set: the missions that changed.</summary>
    public static void AddMissionChanges(this ChangeSetType changes)
    {
        changes.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MissionType>>>>("missions")
            .Description("Missions modifiées depuis le curseur, à leur dernier état. / Missions changed since the cursor, as they are now.")
            .ResolveAsync(async c =>
            {
                var grains = c.Grains();
                var actor = c.Actor();
                return await Task.WhenAll(c.Source.Changed(MissionGrain.Kind).Select(key => grains.GetGrain<IMissionGrain>(key).GetAsync(actor)));
            });
    }
}
