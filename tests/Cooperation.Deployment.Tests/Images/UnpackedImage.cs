using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Cooperation.Deployment.Tests.Images;

/// <summary>
/// An image unpacked by <c>umoci unpack</c> into an OCI runtime bundle: its file system (<c>rootfs/</c>) and the
/// runtime spec that umoci derives from the image's config (<c>config.json</c>: the process's arguments, environment,
/// working folder and user), which is what a container runtime such as runc is given.
/// </summary>
public sealed class UnpackedImage : IDisposable
{
    private static readonly TimeSpan UnpackHangGuard = TimeSpan.FromMinutes(5);

    private readonly string _bundle;
    private readonly JsonObject _process;

    private UnpackedImage(string bundle)
    {
        _bundle = bundle;
        _process = JsonNode.Parse(File.ReadAllText(Path.Combine(bundle, "config.json")))!.Get("process").AsObject();
    }

    public string RootFileSystem => Path.Combine(_bundle, "rootfs");

    public IReadOnlyList<string> Arguments => _process.Get("args").AsArray().Select(item => item!.GetValue<string>()).ToList();

    public IReadOnlyList<string> Environment => _process.Get("env").AsArray().Select(item => item!.GetValue<string>()).ToList();

    public string WorkingDirectory => _process.Text("cwd");

    public int UserId => _process.Get("user", "uid").GetValue<int>();

    public int GroupId => _process.Get("user", "gid").GetValue<int>();

    /// <summary>Unpacks <paramref name="image"/> with its files' owners, which needs root.</summary>
    public static async Task<UnpackedImage> UnpackAsync(OciImage image, CancellationToken cancellationToken)
    {
        RequireRoot();
        var bundle = Path.Combine(Path.GetTempPath(), $"cooperation-image-{Guid.NewGuid():N}");
        var unpack = await CommandLine.RunAsync("umoci", ["unpack", "--image", $"{image.Layout}:latest", bundle], UnpackHangGuard, cancellationToken);
        Assert.True(unpack.ExitCode == 0, $"umoci unpack {image.Layout}: {unpack.Output}");
        return new UnpackedImage(bundle);
    }

    /// <summary>
    /// Starts the image's process as a container runtime would, on this machine's network: in a mount namespace of its
    /// own, /proc and /dev mounted in its file system, that file system as its root, the image's working folder and
    /// user, the image's environment with <paramref name="environment"/> over it, and nothing else of this machine.
    /// </summary>
    public ImageProcess Start(IReadOnlyDictionary<string, string> environment)
    {
        foreach (var mountPoint in MountPoints)
            Directory.CreateDirectory(Path.Combine(RootFileSystem, mountPoint));
        var startInfo = new ProcessStartInfo("/usr/bin/unshare") { RedirectStandardOutput = true, RedirectStandardError = true };
        string[] arguments =
        [
            "--mount", "--propagation", "private", "/bin/sh", "-c",
            """
            root=$0 wd=$1 uid=$2 gid=$3; shift 3
            /bin/mount -t proc proc "$root/proc" && /bin/mount --rbind /dev "$root/dev" &&
              exec /usr/bin/unshare --root="$root" --wd="$wd" --setuid "$uid" --setgid "$gid" "$@"
            """,
            RootFileSystem, WorkingDirectory, UserId.ToString(), GroupId.ToString(), .. Arguments,
        ];
        foreach (var argument in arguments)
            startInfo.ArgumentList.Add(argument);
        startInfo.Environment.Clear();
        foreach (var pair in Environment.Select(pair => pair.Split('=', 2)))
            startInfo.Environment[pair[0]] = pair[1];
        foreach (var (name, value) in environment)
            startInfo.Environment[name] = value;
        return ImageProcess.Start(startInfo);
    }

    /// <summary>
    /// Removes the bundle. The mounts lived in the process's own namespace and ended with it; the mount points are
    /// removed first and alone, so that a mount still there stops the removal instead of reaching this machine's /dev.
    /// </summary>
    public void Dispose()
    {
        foreach (var mountPoint in MountPoints.Select(mountPoint => Path.Combine(RootFileSystem, mountPoint)).Where(Directory.Exists))
            Directory.Delete(mountPoint, recursive: false);
        Directory.Delete(_bundle, recursive: true);
    }

    private static readonly string[] MountPoints = ["proc", "dev"];

    private static void RequireRoot()
    {
        if (System.Environment.UserName != "root")
            Assert.Fail("Starting an image from its files (umoci unpack with owners, a mount namespace, a new root) needs root, as CI runs.");
    }
}

/// <summary>An image's process, started by <see cref="UnpackedImage.Start"/>; killed when disposed.</summary>
public sealed class ImageProcess : IDisposable
{
    private readonly Process _process;

    private ImageProcess(Process process) => _process = process;

    public OutputLines Output { get; } = new();

    public bool HasExited => _process.HasExited;

    public int Id => _process.Id;

    public static ImageProcess Start(ProcessStartInfo startInfo)
    {
        var process = new Process { StartInfo = startInfo };
        var started = new ImageProcess(process);
        started.Output.Attach(process);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }
}
