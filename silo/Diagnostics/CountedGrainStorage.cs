using Orleans.Storage;

namespace Cooperation.Silo.Diagnostics;

/// <summary>
/// A grain storage provider whose writes and clears are counted in <see cref="SiloMetrics"/>, whichever provider it is
/// (Orleans' Azure blob provider, the local-disk store): one place reports what every record change costs.
/// </summary>
/// <remarks>
/// A write is counted once it succeeded, a refused one (<see cref="InconsistentStateException"/>) is not: the count is
/// of records stored. Its bytes come from <see cref="MeasuredGrainStorageSerializer"/>, which the provider must write
/// with (see <see cref="GrainStorageCountingServiceCollectionExtensions.CountWrites{TOptions}"/>).
/// </remarks>
public sealed class CountedGrainStorage(IGrainStorage provider, SiloMetrics metrics) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        provider.ReadStateAsync(stateName, grainId, grainState, cancellationToken);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var bytes = await MeasuredGrainStorageSerializer.MeasureAsync(
            () => provider.WriteStateAsync(stateName, grainId, grainState, cancellationToken));
        metrics.StateWritten(stateName, grainId, bytes);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        await provider.ClearStateAsync(stateName, grainId, grainState, cancellationToken);
        metrics.StateWritten(stateName, grainId, 0);
    }

    /// <summary>The provider's own start (its container, its data folder) runs as if it were registered alone.</summary>
    public void Participate(ISiloLifecycle lifecycle) => (provider as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);
}
