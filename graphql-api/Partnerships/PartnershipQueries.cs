using Cooperation.Grains.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Schema.Relay;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace Cooperation.GraphQL.Partnerships;

/// <summary>The partnership fields of the query root: the public directory and one partnership.</summary>
public static class PartnershipQueries
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static void AddPartnershipQueries(this ObjectGraphType query)
    {
        query.Connection<PartnershipType, EdgeType<PartnershipType>, PartnershipConnectionType>("partnerships")
            .Description("Annuaire public des partenariats. / Public directory of partnerships.")
            .PageSize(DefaultPageSize)
            .WithAccess(AccessRule.Public)
            .ResolveAsync(async c => await PageAsync(c.Grains(), c.First, c.After));

        query.Field<PartnershipType>("partnership")
            .Description("Un partenariat, par identifiant global ou identifiant lisible. / One partnership, by global id or readable key.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .WithAccess(AccessRule.Public)
            .ResolveAsync(async c => await PartnershipLookup.ReadAsync(c, PartnershipLookup.Slug(c.GetArgument<string>("id"))));
    }

    private static async Task<Connection<Partnership>> PageAsync(IGrainFactory grains, int? first, string? after)
    {
        var size = first ?? DefaultPageSize;
        if (size is < 0 or > MaxPageSize)
            throw ApiErrors.Validation(
                $"« first » doit être compris entre 0 et {MaxPageSize} (reçu : {size}).",
                $"'first' must be between 0 and {MaxPageSize} (got {size}).");
        var start = after is null ? 0 : Cursor.ToPosition(after) + 1;

        var slugs = await grains.GetGrain<IPartnershipDirectoryGrain>(PartnershipDirectoryGrain.Key).ListAsync();
        var page = slugs.Skip(start).Take(size).ToList();
        // One grain call per partnership of the page, in parallel: each partnership owns its profile.
        var partnerships = await Task.WhenAll(page.Select(slug => PartnershipLookup.RequireAsync(grains, slug)));

        var edges = partnerships.Select((p, i) => new Edge<Partnership> { Node = p, Cursor = Cursor.FromPosition(start + i) }).ToList();
        return new Connection<Partnership>
        {
            TotalCount = slugs.Count,
            Edges = edges,
            PageInfo = new PageInfo
            {
                HasNextPage = start + page.Count < slugs.Count,
                HasPreviousPage = start > 0,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }
}
