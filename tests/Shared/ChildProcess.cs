using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace Cooperation.Testing;

/// <summary>
/// A built host (the API, a silo) or a tool (Azurite) in a process of its own, so that a test can kill it: started with
/// only the settings it is given, its output kept to say why it stopped. Shared by <see cref="ChildHost"/> (the crash
/// drill) and <see cref="LocalCluster"/> (the failover tests).
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    /// <summary>
    /// A range of ports (<c>20550-20599</c>) the tests' processes take theirs from, for a machine where other runs use
    /// fixed ports; unset, the system gives free ones.
    /// </summary>
    public const string PortRangeVariable = "COOPERATION_TEST_PORT_RANGE";

    private const string ListeningOn = "Now listening on: ";

    private static int _nextInRange = -1;

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private bool _disposed;

    private ChildProcess(Process process) => _process = process;

    /// <summary>Where it said it listens (Kestrel's <c>Now listening on:</c>), once it did.</summary>
    public string? Listening { get; private set; }

    /// <summary>A host says it started (a web host after it said where it listens).</summary>
    public static bool Started(string line) => line.Contains("Application started", StringComparison.Ordinal);

    /// <summary>
    /// Starts <paramref name="program"/> (a built .NET assembly, or with <paramref name="executable"/> a program) with
    /// <paramref name="settings"/> as environment variables and none of the caller's own <c>Cooperation__</c> ones;
    /// waits, at most <paramref name="bound"/>, for a line of its output that <paramref name="ready"/> accepts
    /// (<see cref="TimeSpan.Zero"/>: no wait).
    /// </summary>
    /// <exception cref="InvalidOperationException">It exited or did not start in time; the message holds its output.</exception>
    public static async Task<ChildProcess> StartAsync(string name, string program, IEnumerable<string> arguments, IEnumerable<(string Name, string Value)> settings,
        Func<string, bool> ready, TimeSpan bound, CancellationToken cancellationToken, bool executable = false)
    {
        var start = new ProcessStartInfo(executable ? program : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (!executable)
            start.ArgumentList.Add(program);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        // Nothing of the caller's own Cooperation settings (a connection string exported by ./test) may reach it.
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("Cooperation__", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(inherited);
        foreach (var (key, value) in settings)
            start.Environment[key] = value;

        var child = new ChildProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        child._process.OutputDataReceived += (_, e) => Receive(e.Data);
        child._process.ErrorDataReceived += (_, e) => Receive(e.Data);
        child._process.Exited += (_, _) => started.TrySetException(new InvalidOperationException($"{name} exited ({child.ExitCode}) before it started."));
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        if (bound == TimeSpan.Zero)
            return child;
        try
        {
            await started.Task.WaitAsync(bound, cancellationToken);
            return child;
        }
        catch (Exception exception) when (exception is TimeoutException or InvalidOperationException)
        {
            child.Kill();
            throw new InvalidOperationException($"{name} did not start: {exception.Message} Its output:\n{child.Output}", exception);
        }

        void Receive(string? line)
        {
            if (line is null)
                return;
            lock (child._output)
                child._output.AppendLine(line);
            if (line.Contains(ListeningOn, StringComparison.Ordinal))
                child.Listening = line[(line.IndexOf(ListeningOn, StringComparison.Ordinal) + ListeningOn.Length)..].Trim();
            if (ready(line))
                started.TrySetResult();
        }
    }

    /// <summary>What it printed so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>Whether it stopped (a tool that could not take its port exits at once).</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL to it and every process it started: nothing runs a shutdown, nothing flushes. Waits until it is gone.</summary>
    public void Kill()
    {
        if (_disposed)
            return;
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        // Until the end of its output, which holds why it stopped.
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, as a deployment stops it, then SIGKILL if it is still there after <paramref name="bound"/>.</summary>
    public async Task StopAsync(TimeSpan bound)
    {
        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            await term.WaitForExitAsync();
        try
        {
            await _process.WaitForExitAsync().WaitAsync(bound);
        }
        catch (TimeoutException)
        {
        }
        Kill();
    }

    /// <summary>Kills what is still running (a test never leaves a process behind).</summary>
    public ValueTask DisposeAsync()
    {
        Kill();
        _disposed = true;
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>A project's build in the caller's own configuration (Debug under ./test, Release under ./bench).</summary>
    /// <exception cref="InvalidOperationException">It is not built.</exception>
    public static string BuiltAssembly(string project, string file)
    {
        var configuration = Assembly.GetExecutingAssembly().GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var path = Path.Combine(EmbeddedApi.RepositoryRoot(), project, "bin", configuration, "net10.0", file);
        return File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: build {project} -c {configuration} first.");
    }

    /// <summary>
    /// A loopback port free now: the next free one of <see cref="PortRangeVariable"/>'s range when it is set (each call
    /// moves on, so two calls before either port is taken never meet), else one the system picks.
    /// </summary>
    public static int FreePort()
    {
        if (Environment.GetEnvironmentVariable(PortRangeVariable) is { Length: > 0 } range)
        {
            var (first, last) = range.Split('-') is [var from, var to] ? (int.Parse(from, CultureInfo.InvariantCulture), int.Parse(to, CultureInfo.InvariantCulture))
                : throw new InvalidOperationException($"{PortRangeVariable} must read FIRST-LAST, not '{range}'.");
            for (var tried = 0; tried <= last - first; tried++)
            {
                var port = first + (Interlocked.Increment(ref _nextInRange) % (last - first + 1));
                if (IsFree(port))
                    return port;
            }
            throw new InvalidOperationException($"No free port left in {PortRangeVariable} {range}.");
        }
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private string ExitCode
    {
        get
        {
            try
            {
                return $"code {_process.ExitCode}";
            }
            catch (InvalidOperationException)
            {
                return "no exit code";
            }
        }
    }
}
