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
    /// <paramref name="storage"/>'s account, through the client the grain storage uses too.
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
        services.AddBlobService(storage);
        services.AddSingleton<IAttachmentStore>(sp => new BlobAttachmentStore(
            sp.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(storage.AttachmentsContainerName)));
        return services;
    }
}
