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
            .Description("Cherche dans les rapports, comptes rendus de mission et annotations qu'on peut lire, d'un partenariat ou de tous les siens, sans tenir compte des accents ni des majuscules (« ecole » trouve « École »). / Searches the reports, mission reports and annotations one may read, of one partnership or of all one's own, accents and case aside ('ecole' finds 'École').")
            .Argument<IdGraphType>("partnership", "Le partenariat (identifiant global ou lisible) ; sans lui, tous ceux dont on est membre. / The partnership (global or readable id); without it, every one one belongs to.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "Les mots cherchés. / The words to search for.")
            .Argument<IntGraphType>("first", $"Nombre de passages (1 à {MaxFirst}). / How many passages (1 to {MaxFirst}).", a => a.DefaultValue = DefaultFirst)
            .Argument<StringGraphType>("after", "Curseur du dernier passage déjà lu. / Cursor of the last passage read.")
            .WithAccess(AccessRule.PartnershipMember)
            .ResolveAsync(async c =>
            {
                var first = c.GetArgument("first", DefaultFirst);
                if (first is < 1 or > MaxFirst)
                    throw ApiErrors.Validation($"« first » va de 1 à {MaxFirst} ({first}).", $"'first' goes from 1 to {MaxFirst} ({first}).");
                var after = c.GetArgument<string?>("after");
                var offset = after is null ? 0 : Cursor.ToPosition(after) + 1;
                var text = c.GetArgument<string>("text");
                var page = c.GetArgument<string?>("partnership") is { } partnership
                    ? await c.Grains().GetGrain<ICorpusGrain>(PartnershipLookup.Slug(partnership)).SearchAsync(c.Actor(), text, first, offset)
                    : await CorpusSearch.AcrossAsync(c.Grains(), c.Viewer(), text, first, offset);
                return Connections.Of(page.Hits, (_, i) => Cursor.FromPosition(page.Offset + i), page.HasMore, page.Offset > 0, page.TotalCount);
            });
    }
}
