using Azure.Identity;
using Azure.Storage.Blobs;
using Cooperation.Grains.Uploads;
using Cooperation.Silo.Hosting;

namespace Cooperation.Silo.Storage;

/// <summary>Registers the store of photo uploads on the same storage account as grain state.</summary>
public static class AttachmentStoreServiceCollectionExtensions
{
    /// <summary>
    /// The attachments container of <paramref name="storage"/>'s account: a service URI with the managed identity in
    /// Azure (as the grain storage does), else the connection string (Azurite in the embedded default).
    /// </summary>
    public static IServiceCollection AddAttachmentStore(this IServiceCollection services, CooperationStorageOptions storage)
    {
        services.AddSingleton<IAttachmentStore>(_ =>
        {
            var service = storage.ServiceUri is { } uri
                ? new BlobServiceClient(uri, new DefaultAzureCredential())
                : new BlobServiceClient(storage.ConnectionString
                    ?? throw new InvalidOperationException(
                        $"Set {CooperationStorageOptions.Section}:ConnectionString or :ServiceUri for photo uploads."));
            return new BlobAttachmentStore(service.GetBlobContainerClient(storage.AttachmentsContainerName));
        });
        return services;
    }
}
