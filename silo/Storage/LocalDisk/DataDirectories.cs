using System.Collections.Concurrent;

namespace Cooperation.Silo.Storage.LocalDisk;

/// <summary>
/// The data folders of one host, one <see cref="DataDirectory"/> per path: the grain storage and the attachment store
/// on the same folder share its lock instead of refusing each other.
/// </summary>
public sealed class DataDirectories : IDisposable
{
    private readonly ConcurrentDictionary<string, DataDirectory> _opened = new();

    /// <summary>The folder at <paramref name="path"/>, not yet claimed.</summary>
    public DataDirectory Get(string path) => _opened.GetOrAdd(Path.GetFullPath(path), full => new DataDirectory(full));

    /// <summary>Releases every folder this host held.</summary>
    public void Dispose()
    {
        foreach (var directory in _opened.Values)
            directory.Dispose();
    }
}
