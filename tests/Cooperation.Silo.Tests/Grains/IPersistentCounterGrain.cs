namespace Cooperation.Silo.Tests.Grains;

/// <summary>A counter kept in blob storage, to check the provider inside a real silo.</summary>
public interface IPersistentCounterGrain : IGrainWithStringKey
{
    /// <summary>Adds one, stores the count and returns it.</summary>
    Task<int> IncrementAsync();

    /// <summary>The stored count.</summary>
    Task<int> GetAsync();

    /// <summary>An id drawn when this activation started: a different value proves a new activation.</summary>
    Task<Guid> GetActivationIdAsync();
}
