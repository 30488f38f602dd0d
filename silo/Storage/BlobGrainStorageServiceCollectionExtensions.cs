using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Providers;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace Cooperation.Silo.Storage;

/// <summary>
/// Registers <see cref="BlobGrainStorage"/> providers; same overloads as the official
/// <c>AddAzureBlobGrainStorage</c> family, with "Blob" for "AzureBlob".
/// </summary>
public static class BlobGrainStorageServiceCollectionExtensions
{
    /// <summary>Registers a blob grain storage provider as the default one (used by <c>[PersistentState]</c> without a storage name).</summary>
    public static IServiceCollection AddBlobGrainStorageAsDefault(
        this IServiceCollection services, Action<BlobGrainStorageOptions> configureOptions) =>
        services.AddBlobGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, ob => ob.Configure(configureOptions));

    /// <summary>Registers a blob grain storage provider called <paramref name="name"/>.</summary>
    public static IServiceCollection AddBlobGrainStorage(
        this IServiceCollection services, string name, Action<BlobGrainStorageOptions> configureOptions) =>
        services.AddBlobGrainStorage(name, ob => ob.Configure(configureOptions));

    /// <summary>Registers a blob grain storage provider as the default one, configured through an options builder.</summary>
    public static IServiceCollection AddBlobGrainStorageAsDefault(
        this IServiceCollection services, Action<OptionsBuilder<BlobGrainStorageOptions>>? configureOptions = null) =>
        services.AddBlobGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, configureOptions);

    /// <summary>
    /// Registers a blob grain storage provider called <paramref name="name"/>, configured through an options builder
    /// (e.g. to bind a configuration section or to pull a <c>BlobServiceClient</c> from the container).
    /// </summary>
    public static IServiceCollection AddBlobGrainStorage(
        this IServiceCollection services, string name, Action<OptionsBuilder<BlobGrainStorageOptions>>? configureOptions = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);

        configureOptions?.Invoke(services.AddOptions<BlobGrainStorageOptions>(name));

        // Fills GrainStorageSerializer when left empty: the serializer keyed by this provider's name, else the
        // silo's (UseSystemTextJsonGrainStorageSerializer). TryAddEnumerable: one configurator serves every name.
        services.TryAddEnumerable(ServiceDescriptor.Transient<
            IPostConfigureOptions<BlobGrainStorageOptions>,
            DefaultStorageProviderSerializerOptionsConfigurator<BlobGrainStorageOptions>>());

        // Unkeyed on purpose: the silo runs every IConfigurationValidator it can enumerate. Each one is bound to
        // this provider's name and named options.
        services.AddTransient<IConfigurationValidator>(sp => new BlobGrainStorageOptionsValidator(
            sp.GetRequiredService<IOptionsMonitor<BlobGrainStorageOptions>>().Get(name), name));

        // Orleans logs the options at start ([Redact] hides the connection string).
        services.ConfigureNamedOptionForLogging<BlobGrainStorageOptions>(name);

        return services.AddGrainStorage(name, BlobGrainStorageFactory.Create);
    }
}
