using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Research;
using Cooperation.GraphQL.Accounts;

namespace Cooperation.GraphQL.Research;

/// <summary>A search in every partnership the reader belongs to (all of them for an administrator), merged into one list.</summary>
public static class CorpusSearch
{
    /// <summary>
    /// Asks each partnership's corpus, in parallel, for its best <paramref name="offset"/> + <paramref name="first"/>
    /// passages, and keeps the page of the merged list in <see cref="SearchHit.BestFirst"/> order. A partnership the
    /// reader was removed from since she signed in refuses, and adds nothing.
    /// </summary>
    public static async Task<SearchPage> AcrossAsync(IGrainFactory grains, Viewer viewer, string text, int first, int offset)
    {
        CorpusQuery.Parse(text);
        var access = viewer.Access!;
        IEnumerable<string> slugs = access.IsAdministrator
            ? await grains.GetGrain<IPartnershipDirectoryGrain>(PartnershipDirectoryGrain.Key).ListAsync()
            : access.Memberships.Select(m => m.PartnershipSlug).Distinct();
        var pages = await Task.WhenAll(slugs.Select(slug => PageOfAsync(grains.GetGrain<ICorpusGrain>(slug), viewer.Actor, text, offset + first)));
        return new SearchPage([.. pages.SelectMany(p => p.Hits).Order(SearchHit.BestFirst).Skip(offset).Take(first)], offset, pages.Sum(p => p.TotalCount));
    }

    private static async Task<SearchPage> PageOfAsync(ICorpusGrain corpus, Actor actor, string text, int first)
    {
        try
        {
            return await corpus.SearchAsync(actor, text, first, 0);
        }
        catch (DomainException e) when (e.Code == DomainErrorCode.Forbidden)
        {
            return new SearchPage([], 0, 0);
        }
    }
}
