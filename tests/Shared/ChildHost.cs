using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace Cooperation.Testing;

/// <summary>
/// The built API (<c>Cooperation.GraphQL.dll</c>) started as <c>./run</c> starts it — the embedded default, its data in
/// a folder on the local disk, the demo people seeded — but in a process of its own, so that it can be killed.
/// Shared (as a linked source file) by the crash test and the benchmark's B11.
/// </summary>
public sealed class ChildHost : IAsyncDisposable
{
    private readonly Process _process;

    private ChildHost(Process process, Uri address) => (_process, Address) = (process, address);

    /// <summary>Where the API listens.</summary>
    public Uri Address { get; }

    /// <summary>
    /// Starts the API on <paramref name="dataFolder"/> (its store in <c>store/</c>, its signing key beside it, as
    /// <c>./run</c> lays out <c>.data/</c>) and waits, at most <paramref name="timeout"/>, until it says it started.
    /// </summary>
    /// <exception cref="InvalidOperationException">It exited or did not start in time; the message holds its output.</exception>
    public static async Task<ChildHost> StartAsync(string dataFolder, string demoPassword, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var root = EmbeddedApi.RepositoryRoot();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { ApiAssembly(root), "--contentRoot", Path.Combine(root, "graphql-api") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Nothing of the caller's own Cooperation settings (a connection string exported by ./test) may reach it.
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("Cooperation__", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(inherited);
        foreach (var (name, value) in Settings(root, dataFolder, demoPassword))
            start.Environment[name] = value;

        var output = new StringBuilder();
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        string? listening = null;
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Receive(e.Data);
        process.ErrorDataReceived += (_, e) => Receive(e.Data);
        process.Exited += (_, _) => address.TrySetException(new InvalidOperationException($"The API exited ({SafeExitCode(process)}) before it started."));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            return new ChildHost(process, await address.Task.WaitAsync(timeout, cancellationToken));
        }
        catch (Exception exception) when (exception is TimeoutException or InvalidOperationException)
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            // Until the end of its output, which holds why it stopped.
            await process.WaitForExitAsync(cancellationToken).WaitAsync(timeout, cancellationToken);
            string printed;
            lock (output)
                printed = output.ToString();
            process.Dispose();
            throw new InvalidOperationException($"{exception.Message} Its output:\n{printed}", exception);
        }

        // Kestrel says "Now listening on: http://127.0.0.1:PORT", then the host "Application started" once the silo is up.
        void Receive(string? line)
        {
            if (line is null)
                return;
            lock (output)
                output.AppendLine(line);
            if (line.Contains("Now listening on: ", StringComparison.Ordinal))
                listening = line[(line.IndexOf("Now listening on: ", StringComparison.Ordinal) + "Now listening on: ".Length)..].Trim();
            else if (line.Contains("Application started", StringComparison.Ordinal) && listening is not null)
                address.TrySetResult(new Uri(listening));
        }
    }

    /// <summary>SIGKILL to the API and every process it started: nothing runs a shutdown, nothing flushes.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>Kills what is still running (a test never leaves a host behind).</summary>
    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static IEnumerable<(string, string)> Settings(string root, string dataFolder, string demoPassword)
    {
        yield return ("ASPNETCORE_URLS", "http://127.0.0.1:0");
        yield return ("Cooperation__Storage__Directory", Path.Combine(dataFolder, "store"));
        yield return ("Cooperation__Auth__SigningKeyFile", Path.Combine(dataFolder, "signing.key"));
        yield return ("Cooperation__WebClient__Root", Path.Combine(root, "web-client"));
        yield return ("Cooperation__Silo__SeedDemoPeople", "true");
        yield return ("Cooperation__Silo__DemoPassword", demoPassword);
        yield return ("Cooperation__Silo__ClusterId", $"crash-{Guid.NewGuid():N}");
        yield return ("Cooperation__Silo__SiloPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return ("Cooperation__Silo__GatewayPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return ("Logging__LogLevel__Default", "Warning");
        yield return ("Logging__LogLevel__Microsoft.Hosting.Lifetime", "Information");
    }

    /// <summary>The API built in the caller's own configuration (Debug under ./test, Release under ./bench).</summary>
    private static string ApiAssembly(string root)
    {
        var configuration = Assembly.GetExecutingAssembly().GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var path = Path.Combine(root, "graphql-api", "bin", configuration, "net10.0", "Cooperation.GraphQL.dll");
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"{path} is missing: build graphql-api/Cooperation.GraphQL.csproj -c {configuration} first.");
    }

    private static string SafeExitCode(Process process)
    {
        try
        {
            return $"code {process.ExitCode}";
        }
        catch (InvalidOperationException)
        {
            return "no exit code";
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
