using Orleans.Configuration;
using Orleans.Storage;

namespace Cooperation.Silo.Storage.LocalDisk;

/// <summary>Settings of one named <see cref="LocalDiskGrainStorage"/> provider, shaped like Orleans' <see cref="AzureBlobStorageOptions"/>.</summary>
public sealed class LocalDiskGrainStorageOptions : IStorageProviderSerializerOptions
{
    /// <summary>The data folder (the embedded default's <c>.data/store</c>); relative paths are from the working directory.</summary>
    public string? Directory { get; set; }

    /// <summary>The subfolder holding one file per grain state record: the blob provider's container name, so data moves between them as is.</summary>
    public string ContainerName { get; set; } = AzureBlobStorageOptions.DEFAULT_CONTAINER_NAME;

    /// <summary>
    /// <see langword="true"/> (default) deletes the record when a grain clears its state; <see langword="false"/>
    /// keeps an empty one, so its ETag survives the clear. As Azure's provider.
    /// </summary>
    public bool DeleteStateOnClear { get; set; } = true;

    /// <summary>The silo lifecycle stage at which the data folder is claimed.</summary>
    public int InitStage { get; set; } = AzureBlobStorageOptions.DEFAULT_INIT_STAGE;

    /// <summary>
    /// Turns grain state into record content and back. Left empty, it is filled at start with the serializer
    /// registered for this provider's name, else the silo's (see <c>UseSystemTextJsonGrainStorageSerializer</c>).
    /// </summary>
    public IGrainStorageSerializer GrainStorageSerializer { get; set; } = null!;
}
