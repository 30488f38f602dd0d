namespace Cooperation.Grains.Common.Indexes;

/// <summary>
/// What every index and directory grain shares: a small state that lists other grains' keys so that a list needs no
/// scan, and a registration that writes only when it adds something.
/// </summary>
/// <remarks>
/// An entity registers itself after its own durable write and may register again after any later one (a repeat, a
/// retry after a failed write): a registration that changes nothing must cost no storage write, so an index costs one
/// write per new entry, never one per confirmation.
/// </remarks>
/// <typeparam name="TState">The index's persisted state; each index keeps its own, under its own state name.</typeparam>
public abstract class IndexGrain<TState>(IPersistentState<TState> state) : Grain
{
    /// <summary>What the index holds, to read; only <see cref="RegisterAsync(Func{TState, bool})"/> changes it.</summary>
    protected TState Entries => state.State;

    /// <summary>Applies <paramref name="add"/>, which says whether it changed anything, and writes only if it did.</summary>
    protected async Task RegisterAsync(Func<TState, bool> add)
    {
        if (add(state.State))
            await state.WriteOrDeactivateAsync(this);
    }
}
