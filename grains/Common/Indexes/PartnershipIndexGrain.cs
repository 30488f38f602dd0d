using Cooperation.Grains.Partnerships;

namespace Cooperation.Grains.Common.Indexes;

/// <summary>
/// An index of the entities that hang off one partnership (its shipments, reports, missions). Key: the partnership's
/// slug. It takes only keys of that partnership, and answers only those who may read the partnership.
/// </summary>
public abstract class PartnershipIndexGrain<TState>(IPersistentState<TState> state, IGrainFactory grains, PartnershipEntityKeys keys)
    : IndexGrain<TState>(state)
    where TState : IPartnershipIndexState
{
    protected string Slug => this.GetPrimaryKeyString();

    protected IGrainFactory Grains => grains;

    /// <summary>Registers an entity of this partnership; <paramref name="add"/> says whether it changed anything.</summary>
    protected async Task RegisterAsync(string key, Func<TState, bool> add)
    {
        if (keys.SlugOf(key) != Slug)
            throw keys.InvalidKey(key);
        await RegisterAsync(add);
    }

    /// <summary>
    /// The entities' keys, in the index's order, to those who may read the partnership; it is the grain interface's
    /// <c>ListAsync</c> of every partnership index.
    /// </summary>
    public async Task<IReadOnlyList<string>> ListAsync(Actor actor)
    {
        await RequireReadAsync(actor);
        return [.. Entries.Keys];
    }

    /// <summary>
    /// The entities themselves, in the index's order, to those who may read the partnership: the partnership is asked
    /// once, then each entity is read on the reader's behalf, as <see cref="Actor.Seed"/>, instead of asking it again
    /// for each (a partnership's page was 6 such questions out of its 13 grain calls). What an entity answers does not
    /// depend on who reads it, only whether she may; it is the grain interface's <c>ReadAllAsync</c> of every partnership index.
    /// </summary>
    /// <remarks>
    /// Each interface marks it <c>[AlwaysInterleave]</c>: an entity registering itself waits for its index while this
    /// read waits for that entity, so holding the index's turn here would stall both until the call times out. The keys
    /// are copied at once, and a key just being written names an entity already stored.
    /// </remarks>
    protected async Task<IReadOnlyList<TEntity>> ReadAllAsync<TEntity>(Actor actor, Func<string, Task<TEntity>> read)
    {
        await RequireReadAsync(actor);
        string[] keys = [.. Entries.Keys];
        return await Task.WhenAll(keys.Select(read));
    }

    /// <summary>
    /// Asked of the partnership first: an outsider learns nothing, not even whether the partnership has any entry.
    /// </summary>
    protected async Task RequireReadAsync(Actor actor)
    {
        var access = PartnershipAccess.WithoutAsking(actor) ?? await grains.GetGrain<IPartnershipGrain>(Slug).GetAccessAsync(actor);
        if (!access.CanRead)
            throw keys.Forbidden();
    }
}
