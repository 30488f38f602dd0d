using Azure.Storage.Blobs;

namespace Cooperation.GraphQL.Tests.Fixtures;

/// <summary>One embedded host shared by the API tests, on a container of its own deleted at the end.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<string>>> _tokens = new();
    private ApiHost? _host;

    public HttpClient Http => Host.Http;

    /// <summary>The host's services: the schema, the grain factory.</summary>
    public IServiceProvider Services => Host.Services;

    private ApiHost Host => _host ?? throw new InvalidOperationException("The API host is not started.");

    /// <summary>The container holding this host's grain state, to reach blobs behind the grains' back.</summary>
    public BlobContainerClient Container { get; private set; } = null!;

    /// <summary>An access token of a demo person, signed in once per fixture (sign-ins are rate-limited).</summary>
    public Task<string> TokenAsync(string email) =>
        _tokens.GetOrAdd(email, e => new Lazy<Task<string>>(async () => (await Http.SignInAsync(e)).AccessToken)).Value;

    public async ValueTask InitializeAsync()
    {
        var containerName = $"api-{Guid.NewGuid():N}";
        Container = new BlobServiceClient(ApiHost.StorageConnection).GetBlobContainerClient(containerName);
        // The collection's tests act as a few people sending hundreds of requests a second, far beyond any person's
        // budget; RequestLimitTests checks the budgets, and the hosts of their own (the agent's day…) run with the defaults.
        _host = await ApiHost.StartAsync(containerName, new Dictionary<string, string?>
        {
            ["Cooperation:Api:RequestLimits:Person:PerMinute"] = "1000000",
            ["Cooperation:Api:RequestLimits:Person:Burst"] = "1000000",
            ["Cooperation:Api:RequestLimits:Address:PerMinute"] = "1000000",
            ["Cooperation:Api:RequestLimits:Address:Burst"] = "1000000",
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        await Container.DeleteIfExistsAsync();
        await new BlobServiceClient(ApiHost.StorageConnection).GetBlobContainerClient(ApiHost.AttachmentsContainerOf(Container.Name)).DeleteIfExistsAsync();
    }
}
