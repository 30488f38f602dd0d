using System.Globalization;

namespace Cooperation.Testing;

/// <summary>
/// The built API (<c>Cooperation.GraphQL.dll</c>) started as <c>./run</c> starts it — the embedded default, its data in
/// a folder on the local disk, the demo people seeded — but in a process of its own, so that it can be killed.
/// Shared (as a linked source file) by the crash test and the benchmark's B11.
/// </summary>
public sealed class ChildHost : IAsyncDisposable
{
    private readonly ChildProcess _process;

    private ChildHost(ChildProcess process, Uri address) => (_process, Address) = (process, address);

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
        var process = await ChildProcess.StartAsync("The API", ChildProcess.BuiltAssembly("graphql-api", "Cooperation.GraphQL.dll"),
            ["--contentRoot", Path.Combine(root, "graphql-api")], Settings(root, dataFolder, demoPassword), ChildProcess.Started, timeout, cancellationToken);
        return new ChildHost(process, new Uri(process.Listening!));
    }

    /// <summary>SIGKILL to the API and every process it started: nothing runs a shutdown, nothing flushes.</summary>
    public void Kill() => _process.Kill();

    /// <summary>Kills what is still running (a test never leaves a host behind).</summary>
    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private static IEnumerable<(string, string)> Settings(string root, string dataFolder, string demoPassword)
    {
        yield return ("ASPNETCORE_URLS", $"http://127.0.0.1:{ChildProcess.FreePort().ToString(CultureInfo.InvariantCulture)}");
        yield return ("Cooperation__Storage__Directory", Path.Combine(dataFolder, "store"));
        yield return ("Cooperation__Auth__SigningKeyFile", Path.Combine(dataFolder, "signing.key"));
        yield return ("Cooperation__WebClient__Root", Path.Combine(root, "web-client"));
        yield return ("Cooperation__Silo__SeedDemoPeople", "true");
        yield return ("Cooperation__Silo__DemoPassword", demoPassword);
        yield return ("Cooperation__Silo__ClusterId", $"crash-{Guid.NewGuid():N}");
        yield return ("Cooperation__Silo__SiloPort", ChildProcess.FreePort().ToString(CultureInfo.InvariantCulture));
        yield return ("Cooperation__Silo__GatewayPort", ChildProcess.FreePort().ToString(CultureInfo.InvariantCulture));
        yield return ("Logging__LogLevel__Default", "Warning");
        yield return ("Logging__LogLevel__Microsoft.Hosting.Lifetime", "Information");
    }
}
