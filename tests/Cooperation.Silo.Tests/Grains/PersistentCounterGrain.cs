namespace Cooperation.Silo.Tests.Grains;

/// <summary>Stores its count in the storage provider named <see cref="StorageName"/>.</summary>
public sealed class PersistentCounterGrain(
    [PersistentState(PersistentCounterGrain.StateName, PersistentCounterGrain.StorageName)] IPersistentState<CounterState> counter)
    : Grain, IPersistentCounterGrain
{
    /// <summary>The provider name the silo test registers.</summary>
    public const string StorageName = "cooperation";

    /// <summary>The state name, first part of the blob name.</summary>
    public const string StateName = "counter";

    private readonly Guid _activationId = Guid.NewGuid();

    /// <inheritdoc />
    public async Task<int> IncrementAsync()
    {
        counter.State.Count++;
        await counter.WriteStateAsync();
        return counter.State.Count;
    }

    /// <inheritdoc />
    public Task<int> GetAsync() => Task.FromResult(counter.State.Count);

    /// <inheritdoc />
    public Task<Guid> GetActivationIdAsync() => Task.FromResult(_activationId);
}
