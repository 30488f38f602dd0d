using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace Cooperation.Testing;

/// <summary>
/// A cluster as <c>./run --silos N</c> starts it, in processes of their own so that a silo can be killed: Azurite's
/// blob and table services (in memory), N built silos (<c>Cooperation.Silo.dll</c>) joined through the membership
/// table, the first seeding the demo people, and the built API as their client. Shared by the failover tests and B9.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly List<Child> _azurite = [];
    private readonly List<Child?> _silos = [];
    private readonly List<(int Silo, int Gateway)> _ports = [];
    private readonly string _root = EmbeddedApi.RepositoryRoot();
    private readonly string _clusterId = $"failover-{Guid.NewGuid():N}"[..20];
    private readonly string _demoPassword;
    private readonly TimeSpan _bound;
    private string _connection = "";
    private Child? _api;

    private LocalCluster(string demoPassword, TimeSpan bound) => (_demoPassword, _bound) = (demoPassword, bound);

    /// <summary>Where the API listens.</summary>
    public Uri Address { get; private set; } = null!;

    public int SiloCount => _silos.Count;

    /// <summary>The silo-to-silo port of silo <paramref name="index"/>: how Orleans names it (<c>SiloAddress.Endpoint.Port</c>).</summary>
    public int SiloPortOf(int index) => _ports[index].Silo;

    /// <summary>What an Orleans client of this cluster is configured with (<c>AddCooperationClusterClient</c>).</summary>
    public IEnumerable<KeyValuePair<string, string?>> ClientConfiguration() =>
    [
        new("Cooperation:Cluster:ConnectionString", _connection),
        new("Cooperation:Silo:ClusterId", _clusterId),
    ];

    /// <summary>
    /// Starts Azurite, <paramref name="silos"/> silos one after the other, then the API (with <paramref name="apiSettings"/>,
    /// environment variables); each start waits at most <paramref name="bound"/>.
    /// </summary>
    public static async Task<LocalCluster> StartAsync(int silos, string demoPassword, TimeSpan bound, CancellationToken cancellationToken,
        IEnumerable<(string, string)>? apiSettings = null)
    {
        var cluster = new LocalCluster(demoPassword, bound);
        try
        {
            var blob = FreePort();
            var table = FreePort();
            cluster._azurite.Add(await cluster.StartAzuriteAsync("blob", blob, cancellationToken));
            cluster._azurite.Add(await cluster.StartAzuriteAsync("table", table, cancellationToken));
            cluster._connection = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
                $"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";
            for (var i = 0; i < silos; i++)
            {
                cluster._ports.Add((FreePort(), FreePort()));
                cluster._silos.Add(null);
                await cluster.StartSiloAsync(i, cancellationToken);
            }
            cluster._api = await Child.StartAsync("API", Assembly(cluster._root, "graphql-api", "Cooperation.GraphQL.dll"),
                ["--contentRoot", Path.Combine(cluster._root, "graphql-api")], cluster.Settings(
                [
                    ("ASPNETCORE_URLS", "http://127.0.0.1:0"),
                    ("Cooperation__Cluster__ApiAsClient", "true"),
                    ("Cooperation__Auth__SigningKey", Convert.ToBase64String(RandomNumberGeneratorBytes())),
                    ("Cooperation__WebClient__Root", Path.Combine(cluster._root, "web-client")),
                    .. apiSettings ?? [],
                ]), Child.Started, bound, cancellationToken);
            cluster.Address = new Uri(cluster._api.Listening!);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGKILL to silo <paramref name="index"/>: nothing runs a shutdown, its grains are left where they were.</summary>
    public void Kill(int index)
    {
        _silos[index]?.Kill();
        _silos[index] = null;
    }

    /// <summary>Starts silo <paramref name="index"/> again, on its ports, and waits until it has joined.</summary>
    public Task StartSiloAsync(int index, CancellationToken cancellationToken) => StartSiloCoreAsync(index, cancellationToken);

    /// <summary>Stops silo <paramref name="index"/> as a deployment does (SIGTERM: it hands its grains back), then starts it again.</summary>
    public async Task RestartAsync(int index, CancellationToken cancellationToken)
    {
        if (_silos[index] is { } silo)
            await silo.StopAsync(_bound);
        _silos[index] = null;
        await StartSiloCoreAsync(index, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _api?.Kill();
        foreach (var silo in _silos)
            silo?.Kill();
        foreach (var azurite in _azurite)
            azurite.Kill();
        await Task.CompletedTask;
    }

    private async Task StartSiloCoreAsync(int index, CancellationToken cancellationToken)
    {
        var (siloPort, gatewayPort) = _ports[index];
        _silos[index] = await Child.StartAsync($"Silo {index + 1}", Assembly(_root, "silo", "Cooperation.Silo.dll"), [], Settings(
        [
            ("Cooperation__Storage__ConnectionString", _connection),
            ("Cooperation__Silo__SiloPort", siloPort.ToString(CultureInfo.InvariantCulture)),
            ("Cooperation__Silo__GatewayPort", gatewayPort.ToString(CultureInfo.InvariantCulture)),
            ("Cooperation__Cluster__AdvertisedIPAddress", "127.0.0.1"),
            ("Cooperation__Silo__SeedPartnerships", index == 0 ? "true" : "false"),
            ("Cooperation__Silo__SeedDemoPeople", index == 0 ? "true" : "false"),
            ("Cooperation__Silo__DemoPassword", _demoPassword),
        ]), Child.Started, _bound, cancellationToken);
    }

    private IEnumerable<(string, string)> Settings(IEnumerable<(string, string)> own) =>
    [
        ("Cooperation__Cluster__ConnectionString", _connection),
        ("Cooperation__Silo__ClusterId", _clusterId),
        ("Logging__LogLevel__Default", "Warning"),
        ("Logging__LogLevel__Microsoft.Hosting.Lifetime", "Information"),
        .. own,
    ];

    private async Task<Child> StartAzuriteAsync(string service, int port, CancellationToken cancellationToken)
    {
        var binary = Path.Combine(_root, "node_modules", ".bin", $"azurite-{service}");
        if (!File.Exists(binary))
            throw new InvalidOperationException($"{binary} is missing: run npm ci first.");
        var azurite = await Child.StartAsync($"Azurite {service}", binary,
            ["--skipApiVersionCheck", "--disableTelemetry", "--inMemoryPersistence", "--silent", $"--{service}Host", "127.0.0.1", $"--{service}Port", port.ToString(CultureInfo.InvariantCulture)],
            [], _ => false, TimeSpan.Zero, cancellationToken, executable: true);
        for (var waited = TimeSpan.Zero; ; waited += TimeSpan.FromMilliseconds(100))
        {
            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return azurite;
            }
            catch (SocketException) when (waited < _bound)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    private static byte[] RandomNumberGeneratorBytes() => System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);

    /// <summary>A project's build in the caller's own configuration (Debug under ./test, Release under ./bench).</summary>
    private static string Assembly(string root, string project, string file)
    {
        var configuration = System.Reflection.Assembly.GetExecutingAssembly().GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var path = Path.Combine(root, project, "bin", configuration, "net10.0", file);
        return File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: build {project} -c {configuration} first.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>One process of the cluster, its output kept to say why it stopped.</summary>
    private sealed class Child
    {
        private readonly Process _process;
        private readonly StringBuilder _output = new();

        private Child(Process process) => _process = process;

        public string? Listening { get; private set; }

        /// <summary>The host says it started (an API after it said where it listens).</summary>
        public static bool Started(string line) => line.Contains("Application started", StringComparison.Ordinal);

        public static async Task<Child> StartAsync(string name, string program, IEnumerable<string> arguments, IEnumerable<(string Name, string Value)> settings,
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

            var child = new Child(new Process { StartInfo = start, EnableRaisingEvents = true });
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            child._process.OutputDataReceived += (_, e) => Receive(e.Data);
            child._process.ErrorDataReceived += (_, e) => Receive(e.Data);
            child._process.Exited += (_, _) => started.TrySetException(new InvalidOperationException($"{name} exited before it started."));
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
                string printed;
                lock (child._output)
                    printed = child._output.ToString();
                throw new InvalidOperationException($"{name} did not start: {exception.Message} Its output:\n{printed}", exception);
            }

            void Receive(string? line)
            {
                if (line is null)
                    return;
                lock (child._output)
                    child._output.AppendLine(line);
                if (line.Contains("Now listening on: ", StringComparison.Ordinal))
                    child.Listening = line[(line.IndexOf("Now listening on: ", StringComparison.Ordinal) + "Now listening on: ".Length)..].Trim();
                if (ready(line))
                    started.TrySetResult();
            }
        }

        public void Kill()
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
            _process.Dispose();
        }

        /// <summary>SIGTERM, then SIGKILL if it is still there after <paramref name="bound"/>.</summary>
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
    }
}
