using Cooperation.Grains.Partnerships;

namespace Cooperation.Grains.Common.Indexes;

/// <summary>
/// An index of the entities that hang off one partnership (its shipments, reports, missions). Key: the partnership's
/// slug. It takes only keys of that partnership, and answers only those who may read the partnership.
/// </summary>
public abstract class PartnershipIndexGrain<TState>(IPersistentState<TState> state, IGrainFactory grains)
    : IndexGrain<TState>(state)
{
    protected string Slug => this.GetPrimaryKeyString();

    protected IGrainFactory Grains => grains;

    /// <summary>The slug an entity key starts with; refuses, with the domain's words, a key that is not one.</summary>
    protected abstract string SlugOf(string key);

    /// <summary>The domain's refusal of a key that belongs to another partnership.</summary>
    protected abstract DomainException InvalidKey(string key);

    /// <summary>The domain's refusal to read, worded the same whether or not the partnership exists.</summary>
    protected abstract DomainException Forbidden();

    /// <summary>Registers an entity of this partnership; <paramref name="add"/> says whether it changed anything.</summary>
    protected async Task RegisterAsync(string key, Func<TState, bool> add)
    {
        if (SlugOf(key) != Slug)
            throw InvalidKey(key);
        await RegisterAsync(add);
    }

    /// <summary>
    /// Asked of the partnership first: an outsider learns nothing, not even whether the partnership has any entry.
    /// </summary>
    protected async Task RequireReadAsync(Actor actor)
    {
        if (!(await grains.GetGrain<IPartnershipGrain>(Slug).GetAccessAsync(actor)).CanRead)
            throw Forbidden();
    }
}
