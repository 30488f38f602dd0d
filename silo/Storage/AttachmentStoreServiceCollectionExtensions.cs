using Azure.Identity;
using Azure.Storage.Blobs;
using Cooperation.Grains.Uploads;
using Cooperation.Silo.Hosting;
using Cooperation.Silo.Storage.LocalDisk;

namespace Cooperation.Silo.Storage;

/// <summary>Registers the store of photo uploads beside grain state: the same folder, or the same storage account.</summary>
public static class AttachmentStoreServiceCollectionExtensions
{
    /// <summary>
    /// The attachments folder of the local-disk store (the embedded default), else the attachments container of
    /// <paramref name="storage"/>'s account: a service URI with the managed identity in Azure (as the grain storage
    /// does), or the connection string.
    /// </summary>
    public static IServiceCollection AddAttachmentStore(this IServiceCollection services, CooperationStorageOptions storage)
    {
        if (storage.OnLocalDisk)
        {
            services.TryAddSingleton<DataDirectories>();
            services.AddSingleton<IAttachmentStore>(sp => new LocalDiskAttachmentStore(
                sp.GetRequiredService<DataDirectories>().Get(storage.Directory!), storage.AttachmentsContainerName));
            return services;
        }
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
