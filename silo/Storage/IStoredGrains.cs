namespace Cooperation.Silo.Storage;

/// <summary>The grains that have a state of one kind in the grain storage, read from the records' names alone.</summary>
public interface IStoredGrains
{
    /// <summary>
    /// The grains of type <paramref name="grainType"/> with a state called <paramref name="stateName"/>, in no
    /// particular order; null for a record of that kind whose name does not say its grain (a local-disk file name
    /// shortened, see <see cref="LocalDisk.FileNames"/>).
    /// </summary>
    IAsyncEnumerable<GrainId?> ListAsync(string stateName, string grainType, CancellationToken cancellationToken);
}
