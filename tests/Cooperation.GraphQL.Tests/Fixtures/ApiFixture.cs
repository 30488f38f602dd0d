using Azure.Storage.Blobs;

namespace Cooperation.GraphQL.Tests.Fixtures;

/// <summary>One embedded host shared by the API tests, on a container of its own deleted at the end.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    private ApiHost? _host;

    public HttpClient Http => _host?.Http ?? throw new InvalidOperationException("The API host is not started.");

    /// <summary>The container holding this host's grain state, to reach blobs behind the grains' back.</summary>
    public BlobContainerClient Container { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var containerName = $"api-{Guid.NewGuid():N}";
        Container = new BlobServiceClient(ApiHost.StorageConnection).GetBlobContainerClient(containerName);
        _host = await ApiHost.StartAsync(containerName);
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        await Container.DeleteIfExistsAsync();
    }
}
