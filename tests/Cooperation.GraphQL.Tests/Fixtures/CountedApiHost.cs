using Azure.Storage.Blobs;

namespace Cooperation.GraphQL.Tests.Fixtures;

/// <summary>
/// A host of a test class's own whose grain calls are counted (<see cref="GrainCallCounter"/>): the counter must see only
/// that class's requests. Its blob containers are deleted with it.
/// </summary>
public sealed class CountedApiHost : IAsyncLifetime
{
    private readonly string _container;
    private ApiHost _host = null!;

    public CountedApiHost(string name) => _container = $"{name}-{Guid.NewGuid():N}";

    public GrainCallCounter Calls { get; } = new();

    public HttpClient Http => _host.Http;

    public async ValueTask InitializeAsync() =>
        _host = await ApiHost.StartAsync(_container, services: s => s.AddSingleton<IOutgoingGrainCallFilter>(Calls));

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        var storage = new BlobServiceClient(ApiHost.StorageConnection);
        await storage.GetBlobContainerClient(_container).DeleteIfExistsAsync();
        await storage.GetBlobContainerClient(ApiHost.AttachmentsContainerOf(_container)).DeleteIfExistsAsync();
    }
}
