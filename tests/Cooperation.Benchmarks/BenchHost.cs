using Azure.Storage.Blobs;
using Cooperation.FieldAgent;
using Cooperation.Testing;

namespace Cooperation.Benchmarks;

/// <summary>The API hosting a silo on a fresh blob container (Azurite), deleted at the end, and the people the benchmark acts as.</summary>
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

    private BenchHost(WebApplication app, Uri address, BlobServiceClient storage, string container)
    {
        (_app, Address, _storage, _container) = (app, address, storage, container);
        Operations = ClientOperations.Load(Path.Combine(EmbeddedApi.RepositoryRoot(), "web-client", "persisted-documents.json"));
    }

    public Uri Address { get; }

    public ClientOperations Operations { get; }

    public static async Task<BenchHost> StartAsync()
    {
        var connection = Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{ConnectionVariable} is not set: run ./bench, which starts Azurite and exports it.");
        var container = $"bench-{Guid.NewGuid():N}";
        var signingKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var builder = EmbeddedApi.CreateBuilder(connection, container, signingKey, DemoPassword);
        var (app, address) = await EmbeddedApi.StartAsync(builder, CancellationToken.None);
        return new BenchHost(app, address, new BlobServiceClient(connection), container);
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
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _storage.GetBlobContainerClient(_container).DeleteIfExistsAsync();
        await _storage.GetBlobContainerClient(EmbeddedApi.AttachmentsContainerOf(_container)).DeleteIfExistsAsync();
    }
}
