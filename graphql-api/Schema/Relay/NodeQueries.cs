using Cooperation.Grains.Partnerships;
using Cooperation.GraphQL.Partnerships;

namespace Cooperation.GraphQL.Schema.Relay;

/// <summary>The Relay <c>node(id:)</c> field: fetch anything again by its global id.</summary>
public static class NodeQueries
{
    public static void AddNodeQuery(this ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Un objet par son identifiant global. / An object by its global id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                var grains = c.Grains();
                switch (GlobalId.TryDecode(id))
                {
                    case (PartnershipLookup.PartnershipTypeName, _):
                        return await PartnershipLookup.RequireAsync(grains, PartnershipLookup.Slug(id));
                    case (MilestoneNode.TypeName, _):
                        var (slug, milestoneId) = PartnershipLookup.Milestone(id);
                        await PartnershipLookup.RequireAsync(grains, slug);
                        var milestones = await grains.GetGrain<IPartnershipGrain>(slug).GetMilestonesAsync();
                        var milestone = milestones.FirstOrDefault(m => m.Id == milestoneId) ?? throw PartnershipErrors.UnknownMilestone(milestoneId);
                        return new MilestoneNode(slug, milestone);
                    default:
                        throw ApiErrors.Validation($"« {id} » n'est pas un identifiant global.", $"'{id}' is not a global id.");
                }
            });
    }
}
