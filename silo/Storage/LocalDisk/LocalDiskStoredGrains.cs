using System.Runtime.CompilerServices;

namespace Cooperation.Silo.Storage.LocalDisk;

/// <summary>
/// The grains with a state of one kind in a local-disk grain state folder: the file names under one prefix, read back
/// into record names (<see cref="FileNames.NameOf"/>), which a byte-by-byte encoding keeps in the same order of prefixes.
/// </summary>
public sealed class LocalDiskStoredGrains(DataDirectory directory, string containerName) : IStoredGrains
{
    public async IAsyncEnumerable<GrainId?> ListAsync(string stateName, string grainType, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        var prefix = FileNames.Of(GrainStateRecords.PrefixOf(stateName, grainType));
        foreach (var path in Directory.EnumerateFiles(directory.Container(containerName), $"{prefix}*"))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return FileNames.NameOf(Path.GetFileName(path)) is { } name ? GrainStateRecords.GrainIdOf(stateName, name) : null;
        }
    }
}
