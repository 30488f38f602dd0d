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
    /// Asked of the partnership first: an outsider learns nothing, not even whether the partnership has any entry.
    /// </summary>
    protected async Task RequireReadAsync(Actor actor)
    {
        if (!(await grains.GetGrain<IPartnershipGrain>(Slug).GetAccessAsync(actor)).CanRead)
            throw keys.Forbidden();
    }
}
