using Cooperation.Grains.Common.Journal;
using Cooperation.Grains.Partnerships;

namespace Cooperation.Grains.Sync;

/// <summary>
/// A read model of one partnership — its corpus, its dashboard — kept current by the partnership's change feed, which
/// every entity grain tells of each change once it is durable. Key: the partnership's slug.
/// </summary>
/// <remarks>
/// Before answering, the read model reads the feed from where it stopped and re-reads only the entities of its kinds
/// that changed since: an answer is never older than the feed, and what a view costs grows with what changed, not with
/// the partnership's age. The feed is read with the reader's rights, so a reader who may not read the partnership is
/// refused before anything is re-read. The read model is shared by all its readers: it re-reads entities as the
/// platform and keeps only what every one of them may see, or filters per reader when it answers.
/// </remarks>
public abstract class FeedReadModelGrain<TState>(IPersistentState<TState> state, IGrainFactory grains) : Grain
    where TState : class, IFeedReadModelState, new()
{
    protected TState State => state.State;

    protected IGrainFactory Grains => grains;

    protected string Slug => this.GetPrimaryKeyString();

    /// <summary>The feed kinds whose entities this read model keeps.</summary>
    protected abstract IReadOnlySet<string> Kinds { get; }

    /// <summary>Re-reads one changed entity of <see cref="Kinds"/> into the state, at the feed line's version.</summary>
    protected abstract Task RefreshAsync(FeedEntry entry);

    /// <summary>The journals the state's write seals first, for a read model that keeps a growing text in one.</summary>
    protected virtual IReadOnlyList<ISealable> Journals => [];

    /// <summary>Takes what the feed carries whole — the profile, the changed milestones — for a read model that keeps them.</summary>
    protected virtual void Refresh(FeedSince feed)
    {
    }

    /// <summary>
    /// Brings the state up to the feed, asked as <paramref name="reader"/> (refused unless she reads the partnership),
    /// and writes it once if anything changed. The changed entities are re-read together: each answer is taken in
    /// the grain's own turn, so the state is never changed by two at once.
    /// </summary>
    protected async Task<FeedSince> CatchUpAsync(Actor reader)
    {
        var feed = await grains.GetGrain<IPartnershipGrain>(Slug).GetFeedSinceAsync(reader, State.Revision);
        if (feed.Cursor == State.Revision)
            return feed;
        Refresh(feed);
        await Task.WhenAll(feed.Entities.Where(e => Kinds.Contains(e.Kind) && !State.Holds(e)).Select(RefreshAsync));
        State.Revision = feed.Cursor;
        await state.WriteOrDeactivateAsync(this, Journals);
        return feed;
    }
}
