using System.Diagnostics.Metrics;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Storage.Blobs;
using Cooperation.FieldAgent;
using Cooperation.Silo.Diagnostics;
using Cooperation.Testing;

namespace Cooperation.Benchmarks;

/// <summary>
/// The API hosting a silo on a fresh blob container (Azurite), or on a fresh local-disk store (the embedded default),
/// deleted at the end, and the people the benchmark acts as. It listens on plain HTTP, as <c>./run</c> does, and on a
/// second port over TLS with HTTP/2 and HTTP/1.1 (a certificate it makes for itself), as phones meet the Azure ingress.
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    public const string ConnectionVariable = "COOPERATION_BENCH_BLOB_CONNECTION";
    public const string Partnership = "seneclic";
    public const string North = "marc.girard@besancon.example";
    public const string South = "fatou.ndiaye@education.sn.example";
    public const string DemoPassword = "mot-de-passe-du-banc";

    private readonly WebApplication _app;
    private readonly BlobServiceClient _storage;
    private readonly string _container;
    private readonly string? _directory;
    private readonly X509Certificate2 _certificate;

    private BenchHost(WebApplication app, Uri address, X509Certificate2 certificate, BlobServiceClient storage, string container, string? directory)
    {
        (_app, Address, _certificate, _storage, _container, _directory) = (app, address, certificate, storage, container, directory);
        SecureAddress = EmbeddedApi.AddressOf(app, Uri.UriSchemeHttps)!;
        Trust = LoopbackCertificate.Pin(certificate);
        Operations = ClientOperations.Load(Path.Combine(EmbeddedApi.RepositoryRoot(), "web-client", "persisted-documents.json"));
        Costs = new CostRecorder(app.Services.GetRequiredService<IMeterFactory>());
    }

    public Uri Address { get; }

    /// <summary>The TLS port: HTTP/2 or HTTP/1.1 by ALPN.</summary>
    public Uri SecureAddress { get; }

    /// <summary>Accepts this host's own certificate and no other, for the clients of <see cref="SecureAddress"/>.</summary>
    public RemoteCertificateValidationCallback Trust { get; }

    /// <summary>The SHA-256 of this host's certificate's public key, base64: what a browser is told to trust.</summary>
    public string KeyPin => Convert.ToBase64String(SHA256.HashData(_certificate.PublicKey.ExportSubjectPublicKeyInfo()));

    public ClientOperations Operations { get; }

    /// <summary>The host's grain calls and storage writes, counted from now on.</summary>
    public CostRecorder Costs { get; }

    /// <summary>The host on Azurite (the provider Azure deployments use), with the API's default request limits.</summary>
    public static Task<BenchHost> StartAsync() => StartAsync(onLocalDisk: false);

    /// <summary>
    /// The embedded default, as <c>./run</c> stores: every acknowledged write fsynced to a folder of the local disk. The
    /// per-person request limits (rate and concurrency) are lifted, since the load figures send thousands of requests a
    /// second from 16 connections as one person.
    /// </summary>
    public static Task<BenchHost> StartOnLocalDiskAsync() => StartAsync(onLocalDisk: true);

    private static async Task<BenchHost> StartAsync(bool onLocalDisk)
    {
        var connection = Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{ConnectionVariable} is not set: run ./bench, which starts Azurite and exports it.");
        var container = $"bench-{Guid.NewGuid():N}";
        var signingKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var builder = EmbeddedApi.CreateBuilder(connection, container, signingKey, DemoPassword);
        // Orleans warns of slow turns when the machine is loaded, as the load figures load it: the figures say more.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:LogLevel:Orleans"] = "Error" });
        string? directory = null;
        if (onLocalDisk)
        {
            directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"cooperation-{container}")).FullName;
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Cooperation:Storage:ConnectionString"] = "",
                ["Cooperation:Storage:Directory"] = directory,
                ["Cooperation:Api:RequestLimits:Person:PerMinute"] = "100000000",
                ["Cooperation:Api:RequestLimits:Person:Burst"] = "100000000",
                // B8's open loop keeps sending while the server falls behind: its waiting requests are the figure, not refusals.
                ["Cooperation:Api:RequestLimits:Person:Concurrent"] = "100000",
                ["Cooperation:Api:RequestLimits:Person:Queued"] = "100000",
                ["Cooperation:Api:RequestLimits:Address:PerMinute"] = "100000000",
                ["Cooperation:Api:RequestLimits:Address:Burst"] = "100000000",
            });
        }
        var certificate = LoopbackCertificate.Create();
        EmbeddedApi.ServeTls(builder, certificate);
        var (app, address) = await EmbeddedApi.StartAsync(builder, CancellationToken.None);
        return new BenchHost(app, address, certificate, new BlobServiceClient(connection), container, directory);
    }

    /// <summary>
    /// A signed-in person of the demo, for requests the phone's client does not make. Her connections are as many as
    /// B7's load generator holds: an open loop that falls behind then waits for one (timed from when each request was
    /// due), where one new connection per waiting request once ran the process out of file descriptors (20,000), which
    /// .NET reported as « Out of memory ».
    /// </summary>
    public async Task<Member> MemberAsync(string email)
    {
        var http = FieldAgentClient.CreateHttpClient(Address, compressedAnswers: false, maxConnections: Load.Connections);
        var client = new FieldAgentClient(http, Operations);
        await client.SignInAsync(email, DemoPassword);
        return new Member(http, Operations, client.AccessToken!);
    }

    /// <summary>A signed-in client of <paramref name="email"/> straight to the host (no emulated link).</summary>
    public async Task<(FieldAgentClient Client, HttpClient Http)> DirectAsync(string email, FieldAgentOptions options)
    {
        var http = FieldAgentClient.CreateHttpClient(Address);
        var client = new FieldAgentClient(http, Operations, options);
        await client.SignInAsync(email, DemoPassword);
        return (client, http);
    }

    public async ValueTask DisposeAsync()
    {
        Costs.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _certificate.Dispose();
        if (_directory is not null)
            Directory.Delete(_directory, recursive: true);
        await _storage.GetBlobContainerClient(_container).DeleteIfExistsAsync();
        await _storage.GetBlobContainerClient(EmbeddedApi.AttachmentsContainerOf(_container)).DeleteIfExistsAsync();
    }
}
