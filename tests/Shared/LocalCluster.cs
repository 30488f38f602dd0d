using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Cooperation.Testing;

/// <summary>
/// A cluster as <c>./run --silos N</c> starts it, in processes of their own so that a silo can be killed: Azurite's
/// blob and table services (in memory), N built silos (<c>Cooperation.Silo.dll</c>) joined through the membership
/// table, the first seeding the demo people, and the built API as their client. Shared by the failover tests and B9.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly List<ChildProcess> _azurite = [];
    private readonly List<ChildProcess?> _silos = [];
    private readonly List<ChildProcess> _stopped = [];
    private readonly List<(int Silo, int Gateway, int Health)> _ports = [];
    private readonly string _root = EmbeddedApi.RepositoryRoot();
    private readonly string _clusterId = $"failover-{Guid.NewGuid():N}"[..20];
    private readonly string _demoPassword;
    private readonly TimeSpan _bound;
    private string _connection = "";
    private ChildProcess? _api;

    private LocalCluster(string demoPassword, TimeSpan bound) => (_demoPassword, _bound) = (demoPassword, bound);

    /// <summary>Where the API listens.</summary>
    public Uri Address { get; private set; } = null!;

    public int SiloCount => _silos.Count;

    /// <summary>The silo-to-silo port of silo <paramref name="index"/>: how Orleans names it (<c>SiloAddress.Endpoint.Port</c>).</summary>
    public int SiloPortOf(int index) => _ports[index].Silo;

    /// <summary>Where silo <paramref name="index"/> answers the health probes (<c>Cooperation:Health:Port</c>), a port of its own.</summary>
    public Uri HealthAddressOf(int index) => new($"http://127.0.0.1:{_ports[index].Health.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>What an Orleans client of this cluster is configured with (<c>AddCooperationClusterClient</c>).</summary>
    public IEnumerable<KeyValuePair<string, string?>> ClientConfiguration() =>
    [
        new("Cooperation:Cluster:ConnectionString", _connection),
        new("Cooperation:Silo:ClusterId", _clusterId),
    ];

    /// <summary>
    /// Starts Azurite, <paramref name="silos"/> silos one after the other, then the API (with <paramref name="apiSettings"/>,
    /// environment variables); each start waits at most <paramref name="bound"/>. With no silo, the API is waited for
    /// until it listens: as their client it finishes its start only once a silo answers (<see cref="AddSiloAsync"/>).
    /// </summary>
    public static async Task<LocalCluster> StartAsync(int silos, string demoPassword, TimeSpan bound, CancellationToken cancellationToken,
        IEnumerable<(string, string)>? apiSettings = null)
    {
        var cluster = new LocalCluster(demoPassword, bound);
        try
        {
            var blob = await cluster.StartAzuriteAsync("blob", cancellationToken);
            var table = await cluster.StartAzuriteAsync("table", cancellationToken);
            cluster._connection = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
                $"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";
            for (var i = 0; i < silos; i++)
                await cluster.AddSiloAsync(cancellationToken);
            cluster._api = await ChildProcess.StartAsync("API", ChildProcess.BuiltAssembly("graphql-api", "Cooperation.GraphQL.dll"),
                ["--contentRoot", Path.Combine(cluster._root, "graphql-api")], cluster.Settings(
                [
                    ("ASPNETCORE_URLS", $"http://127.0.0.1:{ChildProcess.FreePort().ToString(CultureInfo.InvariantCulture)}"),
                    ("Cooperation__Cluster__ApiAsClient", "true"),
                    ("Cooperation__Auth__SigningKey", Convert.ToBase64String(RandomNumberGeneratorBytes())),
                    ("Cooperation__WebClient__Root", Path.Combine(cluster._root, "web-client")),
                    .. apiSettings ?? [],
                ]), silos > 0 ? ChildProcess.Started : line => line.Contains("Now listening on", StringComparison.Ordinal), bound, cancellationToken);
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
        if (_silos[index] is { } silo)
        {
            silo.Kill();
            _stopped.Add(silo);
        }
        _silos[index] = null;
    }

    /// <summary>Starts one more silo, on ports of its own, and waits until it has joined; the first one seeds the demo data.</summary>
    public Task AddSiloAsync(CancellationToken cancellationToken)
    {
        _ports.Add((ChildProcess.FreePort(), ChildProcess.FreePort(), ChildProcess.FreePort()));
        _silos.Add(null);
        return StartSiloCoreAsync(_silos.Count - 1, cancellationToken);
    }

    /// <summary>Starts silo <paramref name="index"/> again, on its ports, and waits until it has joined.</summary>
    public Task StartSiloAsync(int index, CancellationToken cancellationToken) => StartSiloCoreAsync(index, cancellationToken);

    /// <summary>Stops silo <paramref name="index"/> as a deployment does (SIGTERM: it hands its grains back), then starts it again.</summary>
    public async Task RestartAsync(int index, CancellationToken cancellationToken)
    {
        if (_silos[index] is { } silo)
        {
            await silo.StopAsync(_bound);
            _stopped.Add(silo);
        }
        _silos[index] = null;
        await StartSiloCoreAsync(index, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_api is not null)
            await _api.DisposeAsync();
        foreach (var silo in _silos.OfType<ChildProcess>().Concat(_stopped))
            await silo.DisposeAsync();
        foreach (var azurite in _azurite)
            await azurite.DisposeAsync();
    }

    private async Task StartSiloCoreAsync(int index, CancellationToken cancellationToken)
    {
        var (siloPort, gatewayPort, healthPort) = _ports[index];
        _silos[index] = await ChildProcess.StartAsync($"Silo {index + 1}", ChildProcess.BuiltAssembly("silo", "Cooperation.Silo.dll"), [], Settings(
        [
            ("Cooperation__Silo__SiloPort", siloPort.ToString(CultureInfo.InvariantCulture)),
            ("Cooperation__Silo__GatewayPort", gatewayPort.ToString(CultureInfo.InvariantCulture)),
            ("Cooperation__Health__Port", healthPort.ToString(CultureInfo.InvariantCulture)),
            ("Cooperation__Cluster__AdvertisedIPAddress", "127.0.0.1"),
            ("Cooperation__Silo__SeedPartnerships", index == 0 ? "true" : "false"),
            ("Cooperation__Silo__SeedDemoPeople", index == 0 ? "true" : "false"),
            ("Cooperation__Silo__DemoPassword", _demoPassword),
        ]), ChildProcess.Started, _bound, cancellationToken);
    }

    private IEnumerable<(string, string)> Settings(IEnumerable<(string, string)> own) =>
    [
        ("Cooperation__Cluster__ConnectionString", _connection),
        // The API as ./run --silos N starts it: its readiness asks the storage account too.
        ("Cooperation__Storage__ConnectionString", _connection),
        ("Cooperation__Silo__ClusterId", _clusterId),
        ("Logging__LogLevel__Default", "Warning"),
        ("Logging__LogLevel__Microsoft.Hosting.Lifetime", "Information"),
        .. own,
    ];

    /// <summary>
    /// Starts one Azurite service on a free port and returns the port once that Azurite, and no other process, listens
    /// on it: between the moment a port is found free and the moment Azurite binds it, another process may take it, and
    /// Azurite then exits while the port still answers — for a while. Such a start is tried again on another port.
    /// </summary>
    private async Task<int> StartAzuriteAsync(string service, CancellationToken cancellationToken)
    {
        const int Attempts = 3;
        var binary = Path.Combine(_root, "node_modules", ".bin", $"azurite-{service}");
        if (!File.Exists(binary))
            throw new InvalidOperationException($"{binary} is missing: run npm ci first.");
        for (var attempt = 1; ; attempt++)
        {
            var port = ChildProcess.FreePort();
            var azurite = await ChildProcess.StartAsync($"Azurite {service}", binary,
                ["--skipApiVersionCheck", "--disableTelemetry", "--inMemoryPersistence", "--silent", $"--{service}Host", "127.0.0.1", $"--{service}Port", port.ToString(CultureInfo.InvariantCulture)],
                [], _ => false, TimeSpan.Zero, cancellationToken, executable: true);
            if (await ListensAsync(azurite, port, cancellationToken))
            {
                _azurite.Add(azurite);
                return port;
            }
            var output = azurite.Output;
            await azurite.DisposeAsync();
            if (attempt == Attempts)
                throw new InvalidOperationException($"Azurite {service} did not start in {Attempts} attempts; last output:\n{output}");
        }
    }

    /// <summary>Whether <paramref name="azurite"/> took <paramref name="port"/>: the port answers and Azurite is still running a moment later.</summary>
    private async Task<bool> ListensAsync(ChildProcess azurite, int port, CancellationToken cancellationToken)
    {
        for (var waited = TimeSpan.Zero; waited < _bound && !azurite.HasExited; waited += TimeSpan.FromMilliseconds(100))
        {
            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                await Task.Delay(TimeSpan.FromMilliseconds(300), cancellationToken);
                return !azurite.HasExited;
            }
            catch (SocketException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
        return false;
    }

    private static byte[] RandomNumberGeneratorBytes() => System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);

}
