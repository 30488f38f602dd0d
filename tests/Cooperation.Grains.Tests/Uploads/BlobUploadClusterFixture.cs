using Azure.Storage.Blobs;
using Cooperation.Grains.Uploads;
using Cooperation.Silo.Storage;

namespace Cooperation.Grains.Tests.Uploads;

/// <summary>Photos as Azure block blobs, in blob storage from <c>COOPERATION_TEST_BLOB_CONNECTION</c> (Azurite under <c>./test</c>).</summary>
public sealed class BlobUploadClusterFixture : UploadClusterFixture
{
    public const string ConnectionVariable = "COOPERATION_TEST_BLOB_CONNECTION";

    private BlobContainerClient? _container;

    protected override IAttachmentStore CreateStore()
    {
        var connection = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (string.IsNullOrWhiteSpace(connection))
            throw new InvalidOperationException(
                $"{ConnectionVariable} is not set: the upload tests need blob storage. Run ./test, which starts Azurite and exports it.");
        _container = new BlobServiceClient(connection).GetBlobContainerClient($"uploads-{Guid.NewGuid():N}");
        return new BlobAttachmentStore(_container);
    }

    protected override async ValueTask DeleteStoreAsync()
    {
        if (_container is not null)
            await _container.DeleteIfExistsAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BlobUploadClusterCollection : ICollectionFixture<BlobUploadClusterFixture>
{
    public const string Name = "BlobUploadCluster";
}
