using Cooperation.Grains.Partnerships;
using Cooperation.GraphQL.Schema.Relay;

namespace Cooperation.GraphQL.Partnerships;

/// <summary>A milestone together with the partnership it belongs to, which its global id needs.</summary>
public sealed record MilestoneNode(string PartnershipSlug, Milestone Milestone)
{
    public const string TypeName = "Milestone";

    public string GlobalId => GlobalIdOf(PartnershipSlug, Milestone.Id);

    /// <summary>A milestone's global id: milestone ids are unique only within their partnership.</summary>
    public static string GlobalIdOf(string slug, string milestoneId) => Schema.Relay.GlobalId.Encode(TypeName, $"{slug}/{milestoneId}");
}
