using Cooperation.Grains.Partnerships;
using Cooperation.GraphQL.Schema.Relay;

namespace Cooperation.GraphQL.Partnerships;

/// <summary>A milestone together with the partnership it belongs to, which its global id needs.</summary>
public sealed record MilestoneNode(string PartnershipSlug, Milestone Milestone)
{
    public const string TypeName = "Milestone";

    public string GlobalId => Schema.Relay.GlobalId.Encode(TypeName, $"{PartnershipSlug}/{Milestone.Id}");
}
