namespace Cooperation.Grains.Research;

/// <summary>
/// Le corpus d'un partenariat: what research teams search and code — the latest submitted version of each progress
/// report, the latest filed version of each mission report, and every annotation made on them. Key: the
/// partnership's slug.
/// </summary>
/// <remarks>
/// The corpus follows the partnership's change feed, which every report, mission and document's annotations grain
/// tells of each change once it is durable: before answering, it reads the feed from where it stopped and re-reads
/// only the entities that changed since, so an answer is never older than the feed, and a query does not read every
/// document again. Their text is kept in a journal (a catch-up writes the documents that changed, not the whole corpus),
/// and folded for the search in memory when the grain wakes. Each passage is
/// shown to a person only while she may read it now: a section to whoever reads the partnership; an annotation by the
/// rules of <see cref="Annotations.AnnotationReader"/> (someone else's private note never, a team's to its members).
/// An application's annotations are the fund's, in no partnership's feed, and so never here.
/// </remarks>
public interface ICorpusGrain : IGrainWithStringKey
{
    /// <summary>
    /// The passages the actor may read where each word of <paramref name="text"/> starts a word, case and accents
    /// aside (« ecole » finds « École »), most matches first then newest: <paramref name="first"/> of them from
    /// position <paramref name="offset"/>.
    /// </summary>
    Task<SearchPage> SearchAsync(Actor actor, string text, int first, int offset);

    /// <summary>
    /// The coded passages the actor may read — every annotation on a passage (not the replies), deleted ones left
    /// out — kept by <paramref name="filter"/>, by document then in the order they were made.
    /// </summary>
    Task<IReadOnlyList<CorpusPassage>> CodebookAsync(Actor actor, CodebookFilter filter);
}
