using Cooperation.Grains.Partnerships;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Schema.Relay;

/// <summary>The Relay <c>node(id:)</c> field: fetch anything again by its global id.</summary>
public static class NodeQueries
{
    public static void AddNodeQuery(this ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Un objet par son identifiant global. / An object by its global id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            // A partnership node is public; a milestone node is read through the partnership grain's rules.
            .WithAccess(AccessRule.Public)
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
                        var milestones = await grains.GetGrain<IPartnershipGrain>(slug).GetMilestonesAsync(c.Actor());
                        var milestone = milestones.FirstOrDefault(m => m.Id == milestoneId) ?? throw PartnershipErrors.UnknownMilestone(milestoneId);
                        return new MilestoneNode(slug, milestone);
                    default:
                        throw ApiErrors.Validation($"« {id} » n'est pas un identifiant global.", $"'{id}' is not a global id.");
                }
            });
    }
}
