using System.Net.Sockets;
using Azure.Storage.Blobs;
using Cooperation.GraphQL.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Cooperation.GraphQL.Tests.Fixtures;

/// <summary>
/// The embedded default as <c>./run</c> starts it — Kestrel, the in-process silo, blob storage on Azurite,
/// the seed task — on free loopback ports and a container of its own, reached over real HTTP.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public const string ConnectionVariable = "COOPERATION_TEST_BLOB_CONNECTION";

    private WebApplication? _app;

    public HttpClient Http { get; private set; } = null!;

    /// <summary>The container holding this host's grain state, to reach blobs behind the grains' back.</summary>
    public BlobContainerClient Container { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var connection = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (string.IsNullOrWhiteSpace(connection))
            throw new InvalidOperationException(
                $"{ConnectionVariable} is not set: run ./test, which starts Azurite and exports it.");
        var containerName = $"api-{Guid.NewGuid():N}";
        Container = new BlobServiceClient(connection).GetBlobContainerClient(containerName);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cooperation:Storage:ConnectionString"] = connection,
            ["Cooperation:Storage:ContainerName"] = containerName,
            ["Cooperation:Silo:ClusterId"] = containerName,
            ["Cooperation:Silo:SiloPort"] = FreePort().ToString(),
            ["Cooperation:Silo:GatewayPort"] = FreePort().ToString(),
            ["Cooperation:WebClient:Root"] = Path.Combine(RepositoryRoot(), "web-client"),
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddCooperationApi();

        _app = builder.Build();
        _app.MapCooperationApi();
        await _app.StartAsync(TestContext.Current.CancellationToken);

        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        await Container.DeleteIfExistsAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Cooperation.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Cooperation.sln not found above the test binaries.");
    }
}
