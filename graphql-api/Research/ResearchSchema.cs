using Cooperation.Grains.Research;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Schema.Relay;

namespace Cooperation.GraphQL.Research;

/// <summary>Where the research tools plug their fields into the schema.</summary>
public static class ResearchSchema
{
    public const int MaxFirst = 50;
    private const int DefaultFirst = 20;

    /// <summary>Fields of the query root.</summary>
    public static void AddResearchQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<SearchResultConnectionType>>("search")
            .Description("Cherche dans les rapports, comptes rendus de mission et annotations qu'on peut lire d'un partenariat, sans tenir compte des accents ni des majuscules (« ecole » trouve « École »). / Searches a partnership's reports, mission reports and annotations one may read, accents and case aside ('ecole' finds 'École').")
            .Argument<NonNullGraphType<IdGraphType>>("partnership", "Le partenariat (identifiant global ou lisible). / The partnership (global or readable id).")
            .Argument<NonNullGraphType<StringGraphType>>("text", "Les mots cherchés. / The words to search for.")
            .Argument<IntGraphType>("first", $"Nombre de passages (1 à {MaxFirst}). / How many passages (1 to {MaxFirst}).", a => a.DefaultValue = DefaultFirst)
            .Argument<StringGraphType>("after", "Curseur du dernier passage déjà lu. / Cursor of the last passage read.")
            .WithAccess(AccessRule.PartnershipMember)
            .ResolveAsync(async c =>
            {
                var slug = PartnershipLookup.Slug(c.GetArgument<string>("partnership"));
                var first = c.GetArgument("first", DefaultFirst);
                if (first is < 1 or > MaxFirst)
                    throw ApiErrors.Validation($"« first » va de 1 à {MaxFirst} ({first}).", $"'first' goes from 1 to {MaxFirst} ({first}).");
                var after = c.GetArgument<string?>("after");
                var offset = after is null ? 0 : Cursor.ToPosition(after) + 1;
                var page = await c.Grains().GetGrain<ICorpusGrain>(slug).SearchAsync(c.Actor(), c.GetArgument<string>("text"), first, offset);
                return Connections.Of(page.Hits, (_, i) => Cursor.FromPosition(page.Offset + i), page.HasMore, page.Offset > 0, page.TotalCount);
            });
    }
}
