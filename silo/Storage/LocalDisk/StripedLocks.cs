namespace Cooperation.Silo.Storage.LocalDisk;

/// <summary>
/// Serializes the check-then-write of one file within the process: Orleans runs one activation per grain, but a
/// duplicate activation can briefly exist, and without this both could pass the ETag check before either renames.
/// </summary>
/// <remarks>A fixed set of locks chosen by the name's hash: unrelated names rarely wait on each other, memory stays flat.</remarks>
internal sealed class StripedLocks
{
    private readonly SemaphoreSlim[] _stripes = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>Waits for the lock of <paramref name="name"/>; dispose the result to release it.</summary>
    public async Task<Releaser> EnterAsync(string name, CancellationToken cancellationToken)
    {
        var stripe = _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(name) % (uint)_stripes.Length)];
        await stripe.WaitAsync(cancellationToken);
        return new Releaser(stripe);
    }

    internal readonly struct Releaser(SemaphoreSlim stripe) : IDisposable
    {
        public void Dispose() => stripe.Release();
    }
}
