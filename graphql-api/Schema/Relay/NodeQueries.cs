using Cooperation.Grains.Annotations;
using Cooperation.Grains.Missions;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Reports;
using Cooperation.Grains.Shipments;
using Cooperation.GraphQL.Annotations;
using Cooperation.GraphQL.Missions;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Reports;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Shipments;

namespace Cooperation.GraphQL.Schema.Relay;

/// <summary>The Relay <c>node(id:)</c> field: fetch anything again by its global id.</summary>
public static class NodeQueries
{
    public static void AddNodeQuery(this ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Un objet par son identifiant global. / An object by its global id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            // A partnership node is public; every other node is read through its grain's own access rules.
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
                    case (ReportLookup.TypeName, _):
                        return await grains.GetGrain<IReportGrain>(ReportLookup.Key(id)).GetAsync(c.Actor());
                    case (MissionLookup.TypeName, _):
                        return await grains.GetGrain<IMissionGrain>(MissionLookup.Key(id)).GetAsync(c.Actor());
                    case (AnnotationLookup.TypeName, _):
                        var (document, key) = AnnotationLookup.Parse(id);
                        return await grains.GetGrain<IAnnotationsGrain>(document).GetAsync(c.Actor(), key);
                    case (ShipmentLookup.TypeName, _):
                        return await grains.GetGrain<IShipmentGrain>(ShipmentLookup.Key(id)).GetAsync(c.Actor());
                    default:
                        throw ApiErrors.Validation($"« {id} » n'est pas un identifiant global.", $"'{id}' is not a global id.");
                }
            });
    }
}
