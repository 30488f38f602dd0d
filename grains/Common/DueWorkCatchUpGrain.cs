namespace Cooperation.Grains.Common;

/// <inheritdoc cref="IDueWorkCatchUpGrain"/>
public sealed class DueWorkCatchUpGrain(
    [PersistentState("due-work-catch-up", StorageNames.Cooperation)] IPersistentState<DueWorkCatchUpState> state)
    : Grain, IDueWorkCatchUpGrain
{
    Task<int> IDueWorkCatchUpGrain.GetVersionAsync() => Task.FromResult(state.State.Version);

    async Task IDueWorkCatchUpGrain.SetVersionAsync(int version)
    {
        if (state.State.Version == version)
            return;
        state.State.Version = version;
        await state.WriteOrDeactivateAsync(this);
    }
}
