using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Cooperation.Silo.Storage.LocalDisk;

/// <summary>
/// The only ways the local-disk stores change a file, each durable before it returns: a crash (process killed, power
/// cut) leaves either the old content or the new one, never a mix, and never forgets a change it reported done.
/// </summary>
/// <remarks>
/// Replace: write a temporary file in the same folder, fsync it, rename it over the target (rename is atomic within
/// one file system), then fsync the folder so the rename itself is on disk. Delete and rename likewise fsync the
/// folder. Temporary names start with a dot, which <see cref="FileNames"/> never produces, so they cannot collide.
/// </remarks>
public static class DurableFiles
{
    /// <summary>Atomically replaces (or creates) <paramref name="path"/> with what <paramref name="write"/> writes.</summary>
    /// <param name="unixMode">Permissions the file is created with (e.g. owner only for a key); the umask's default otherwise.</param>
    public static void Replace(string path, Action<Stream> write, CancellationToken cancellationToken, UnixFileMode? unixMode = null)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var folder = Path.GetDirectoryName(path)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 64 * 1024 };
            if (unixMode is { } mode && !OperatingSystem.IsWindows())
                options.UnixCreateMode = mode;
            using (var stream = new FileStream(temporary, options))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            // The last moment to give up: past the rename the change is made and must be reported as made.
            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
        SyncFolder(folder);
    }

    /// <summary>Removes <paramref name="path"/> if it is there; true when it was.</summary>
    public static bool Delete(string path)
    {
        if (!File.Exists(path))
            return false;
        File.Delete(path);
        SyncFolder(Path.GetDirectoryName(path)!);
        return true;
    }

    /// <summary>Renames a folder in one step (e.g. out of sight before deleting what it holds).</summary>
    public static void MoveFolder(string from, string to)
    {
        Directory.Move(from, to);
        SyncFolder(Path.GetDirectoryName(to)!);
    }

    /// <summary>Creates <paramref name="folder"/> and any missing parent, each recorded in its own parent on disk.</summary>
    public static void CreateFolder(string folder)
    {
        var missing = new Stack<string>();
        for (var current = Path.GetFullPath(folder); !Directory.Exists(current); current = Path.GetDirectoryName(current)!)
            missing.Push(current);
        foreach (var created in missing)
        {
            Directory.CreateDirectory(created);
            SyncFolder(Path.GetDirectoryName(created)!);
        }
    }

    /// <summary>
    /// fsync of a folder: makes the names it holds (a rename, a new or deleted file) durable. .NET has no API for it,
    /// so it goes to the C library. Windows has no such call (NTFS journals names itself).
    /// </summary>
    public static void SyncFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
            return;
        var descriptor = Native.Open(folder, 0 /* O_RDONLY */);
        if (descriptor < 0)
            throw new IOException($"Cannot open folder '{folder}' to sync it.", new Win32Exception(Marshal.GetLastPInvokeError()));
        try
        {
            if (Native.FSync(descriptor) != 0)
                throw new IOException($"Cannot sync folder '{folder}' to disk.", new Win32Exception(Marshal.GetLastPInvokeError()));
        }
        finally
        {
            _ = Native.Close(descriptor);
        }
    }

    private static class Native
    {
        [DllImport("libc", EntryPoint = "open", SetLastError = true)]
        public static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
        public static extern int FSync(int descriptor);

        [DllImport("libc", EntryPoint = "close", SetLastError = true)]
        public static extern int Close(int descriptor);
    }
}
