using Cooperation.Grains.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Relay;

namespace Cooperation.GraphQL.Partnerships;

/// <summary>Turns client-supplied ids into grains, refusing malformed ones before any grain is activated.</summary>
public static class PartnershipLookup
{
    public const string PartnershipTypeName = "Partnership";

    private static readonly NodeKeys Ids = new(
        PartnershipTypeName, PartnershipRules.IsValidSlug, "un identifiant de partenariat", "a partnership id", readableAccepted: true);

    public static string GlobalIdOf(string slug) => Ids.GlobalIdOf(slug);

    /// <summary>Accepts a partnership's global id or its readable slug ("seneclic").</summary>
    public static string Slug(string id) => Ids.Key(id);

    /// <summary>Splits a milestone's global id into its partnership slug and milestone id.</summary>
    public static (string Slug, string MilestoneId) Milestone(string id)
    {
        if (GlobalId.TryDecode(id) is (MilestoneNode.TypeName, var key) &&
            key.Split('/') is [var slug, var milestoneId] && PartnershipRules.IsValidSlug(slug) && milestoneId.Length is > 0 and < 32)
            return (slug, milestoneId);
        throw ApiErrors.Validation($"« {id} » n'est pas un identifiant de jalon.", $"'{id}' is not a milestone id.");
    }

    /// <summary>Returns the partnership or a NOT_FOUND error.</summary>
    public static async Task<Partnership> RequireAsync(IGrainFactory grains, string slug) =>
        await grains.GetGrain<IPartnershipGrain>(slug).FindAsync() ?? throw PartnershipErrors.UnknownPartnership(slug);

    /// <summary>
    /// The partnership for a field whose selection goes on to its milestones: when the viewer may see them, read with
    /// them in one grain call and kept for the <c>milestones</c> field below; otherwise as <see cref="RequireAsync"/>.
    /// </summary>
    public static async Task<Partnership> ReadAsync(IResolveFieldContext context, string slug)
    {
        if (context.Reads() is not { } reads || !context.Selects("milestones") || !context.Viewer().AccessTo(slug).CanRead)
            return await RequireAsync(context.Grains(), slug);
        var read = await context.Grains().GetGrain<IPartnershipGrain>(slug).ReadAsync(context.Actor())
            ?? throw PartnershipErrors.UnknownPartnership(slug);
        if (read.Milestones is { } milestones)
            reads.KeepMilestones(slug, milestones);
        return read.Profile;
    }

    /// <summary>The local ids of milestones given by global id, each of which must belong to the given partnership.</summary>
    public static IReadOnlyList<string>? MilestoneIdsOf(string slug, IEnumerable<string>? globalIds) =>
        globalIds?.Select(id =>
        {
            var (milestoneSlug, milestoneId) = Milestone(id);
            if (milestoneSlug != slug)
                throw ApiErrors.Validation(
                    $"Le jalon « {id} » appartient à un autre partenariat.",
                    $"Milestone '{id}' belongs to another partnership.");
            return milestoneId;
        }).ToList();
}
