using Azure.Storage.Blobs;
using Cooperation.Grains.Common;
using Cooperation.Silo.Diagnostics;
using Cooperation.Silo.Hosting;
using Cooperation.Silo.Storage.LocalDisk;
using Orleans.Configuration;

namespace Cooperation.Silo.Storage;

/// <summary>Registers the grain storage every partnership's state lives in, on the local disk or in a storage account.</summary>
public static class CooperationGrainStorageSiloBuilderExtensions
{
    /// <summary>
    /// The grain storage called <see cref="StorageNames.Cooperation"/>: the local-disk store when
    /// <paramref name="storage"/> names a folder (the embedded default: an acknowledged write is on disk, which Azurite
    /// does not promise), else Orleans' Azure blob provider on the account's shared <see cref="BlobServiceClient"/>.
    /// Either way its writes are counted in <see cref="SiloMetrics"/>.
    /// </summary>
    /// <remarks>
    /// Both write the silo's grain storage serializer (<c>UseSystemTextJsonGrainStorageSerializer</c>) under
    /// <see cref="GrainStateRecords.NameOf"/>, in the container <see cref="CooperationStorageOptions.ContainerName"/>:
    /// blobs written before Orleans' provider was adopted (by a provider of this project's own, with the same names,
    /// content type and ETag rules) are read as they are, and the import moves them to a data folder unchanged.
    /// </remarks>
    public static ISiloBuilder AddCooperationGrainStorage(this ISiloBuilder siloBuilder, CooperationStorageOptions storage)
    {
        if (storage.OnLocalDisk)
        {
            siloBuilder.AddLocalDiskGrainStorage(StorageNames.Cooperation, options =>
            {
                options.Directory = storage.Directory;
                options.ContainerName = storage.ContainerName;
            });
            siloBuilder.Services.CountWrites<LocalDiskGrainStorageOptions>(StorageNames.Cooperation);
            siloBuilder.Services.AddSingleton<IStoredGrains>(sp =>
                new LocalDiskStoredGrains(sp.GetRequiredService<DataDirectories>().Get(storage.Directory!), storage.ContainerName));
            return siloBuilder;
        }
        siloBuilder.Services
            .AddBlobService(storage)
            .AddAzureBlobGrainStorage(StorageNames.Cooperation, optionsBuilder => optionsBuilder.Configure<BlobServiceClient>((options, client) =>
            {
                options.BlobServiceClient = client;
                options.ContainerName = storage.ContainerName;
            }))
            .CountWrites<AzureBlobStorageOptions>(StorageNames.Cooperation)
            .AddSingleton<IStoredGrains>(sp => new BlobStoredGrains(sp.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(storage.ContainerName)));
        return siloBuilder;
    }
}
