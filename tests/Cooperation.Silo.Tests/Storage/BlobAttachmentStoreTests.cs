using Azure.Storage.Blobs;
using Cooperation.Grains.Uploads;

namespace Cooperation.Silo.Tests.Storage;

/// <summary><see cref="BlobAttachmentStore"/> against Azurite: the shared cases, each on a container of its own.</summary>
public sealed class BlobAttachmentStoreTests(AzuriteFixture azurite) : AttachmentStoreConformanceTests, IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private BlobContainerClient? _container;
    private IAttachmentStore? _store;

    protected override IAttachmentStore Store => _store ?? throw new InvalidOperationException("Not initialized.");

    /// <summary>A store on a fresh container, created by the store on first use.</summary>
    public ValueTask InitializeAsync()
    {
        _container = azurite.Service.GetBlobContainerClient(AzuriteFixture.NewContainerName());
        _store = new BlobAttachmentStore(_container);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
            await _container.DeleteIfExistsAsync();
    }
}
