using Azure.Storage.Blobs;
using Microsoft.Extensions.Time.Testing;

namespace Cooperation.GraphQL.Tests.Accounts;

/// <summary>A host of its own whose clock the session tests move by hand, with every log line captured.</summary>
public sealed class SessionHost : IAsyncLifetime
{
    private readonly string _container = $"sessions-{Guid.NewGuid():N}";
    private ApiHost? _host;

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public CapturedLogs Logs { get; } = new();

    public HttpClient Http => _host!.Http;

    /// <summary>The host's services: its grain factory reaches the grains behind the API's back, as another API process would.</summary>
    public IServiceProvider Services => _host!.Services;

    public async ValueTask InitializeAsync() =>
        _host = await ApiHost.StartAsync(_container, new Dictionary<string, string?>
        {
            // Every sign-in, code typed and reset of the collection's tests comes from one address within a minute or two.
            ["Cooperation:Auth:SignInAttemptsPerMinute"] = "200",
        }, Time, Logs);

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        await new BlobServiceClient(ApiHost.StorageConnection).GetBlobContainerClient(_container).DeleteIfExistsAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SessionCollection : ICollectionFixture<SessionHost>
{
    public const string Name = "Sessions";
}
