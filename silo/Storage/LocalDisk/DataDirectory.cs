namespace Cooperation.Silo.Storage.LocalDisk;

// The embedded default's data folder. It stands in for the storage account that Azure deployments use: Azurite, the
// local Azure Storage emulator, keeps its blob index in memory and writes it to disk every few seconds, so killing it
// loses writes it had acknowledged; it is a test double, not a crash-safe store. Here every acknowledged write is on
// disk first (see DurableFiles). One process owns the folder at a time: two silos writing the same files would break
// the ETag checks, which only hold within one process.

/// <summary>
/// The folder holding the embedded default's grain state and photos, one subfolder per container name, owned by one
/// process at a time through an exclusive lock on its <c>.lock</c> file.
/// </summary>
/// <remarks>
/// The lock is the operating system's (<c>flock</c> on Linux and macOS, a sharing lock on Windows), so it goes with the
/// process however it ends, SIGKILL included: a restart after a crash never finds a stale lock.
/// </remarks>
public sealed class DataDirectory(string path) : IDisposable
{
    private const string LockFileName = ".lock";

    private readonly Lock _gate = new();
    private FileStream? _lock;
    private bool _disposed;

    /// <summary>The folder, as a full path.</summary>
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>Takes the folder for this process, creating it if needed; does nothing once taken.</summary>
    /// <exception cref="DataDirectoryInUseException">Another process holds it.</exception>
    public void Claim()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_lock is not null)
                return;
            DurableFiles.CreateFolder(Path);
            try
            {
                // FileShare.None is an exclusive lock, refused while any other handle holds one, in this process or another.
                _lock = new FileStream(System.IO.Path.Combine(Path, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException exception) when (HeldElsewhere(exception))
            {
                throw new DataDirectoryInUseException(Path, exception);
            }
        }
    }

    // Only a refused lock means "in use": a full disk or a read-only folder must be reported as what it is. .NET reports
    // a refused flock with the errno as HResult (EWOULDBLOCK: 11 on Linux, 35 on macOS), a sharing or lock violation on
    // Windows with the Win32 error (32, 33).
    private static bool HeldElsewhere(IOException exception) => OperatingSystem.IsWindows()
        ? (exception.HResult & 0xFFFF) is 32 or 33
        : exception.HResult == (OperatingSystem.IsMacOS() ? 35 : 11);

    /// <summary>The subfolder of one container (<c>grainstate</c>, <c>attachments</c>), created if needed; claims the folder first.</summary>
    public string Container(string containerName)
    {
        Claim();
        var folder = System.IO.Path.Combine(Path, containerName);
        DurableFiles.CreateFolder(folder);
        return folder;
    }

    /// <summary>Lets the folder go, for the next process (or host) to take.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _lock?.Dispose();
            _lock = null;
        }
    }
}
