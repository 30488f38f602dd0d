using Microsoft.Extensions.Options;

namespace Cooperation.Silo.Storage;

/// <summary>
/// <see cref="ISiloBuilder"/> shortcuts for <see cref="BlobGrainStorageServiceCollectionExtensions"/>; same overloads
/// as the official <c>AddAzureBlobGrainStorage</c> family.
/// </summary>
public static class BlobGrainStorageSiloBuilderExtensions
{
    /// <summary>Registers a blob grain storage provider as the default one (used by <c>[PersistentState]</c> without a storage name).</summary>
    public static ISiloBuilder AddBlobGrainStorageAsDefault(
        this ISiloBuilder builder, Action<BlobGrainStorageOptions> configureOptions) =>
        builder.ConfigureServices(services => services.AddBlobGrainStorageAsDefault(configureOptions));

    /// <summary>Registers a blob grain storage provider called <paramref name="name"/>.</summary>
    public static ISiloBuilder AddBlobGrainStorage(
        this ISiloBuilder builder, string name, Action<BlobGrainStorageOptions> configureOptions) =>
        builder.ConfigureServices(services => services.AddBlobGrainStorage(name, configureOptions));

    /// <summary>Registers a blob grain storage provider as the default one, configured through an options builder.</summary>
    public static ISiloBuilder AddBlobGrainStorageAsDefault(
        this ISiloBuilder builder, Action<OptionsBuilder<BlobGrainStorageOptions>>? configureOptions = null) =>
        builder.ConfigureServices(services => services.AddBlobGrainStorageAsDefault(configureOptions));

    /// <summary>Registers a blob grain storage provider called <paramref name="name"/>, configured through an options builder.</summary>
    public static ISiloBuilder AddBlobGrainStorage(
        this ISiloBuilder builder, string name, Action<OptionsBuilder<BlobGrainStorageOptions>>? configureOptions = null) =>
        builder.ConfigureServices(services => services.AddBlobGrainStorage(name, configureOptions));
}
