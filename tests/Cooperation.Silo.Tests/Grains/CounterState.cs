namespace Cooperation.Silo.Tests.Grains;

/// <summary>The stored record of <see cref="PersistentCounterGrain"/>.</summary>
public sealed class CounterState
{
    /// <summary>How many increments were stored.</summary>
    public int Count { get; set; }
}
