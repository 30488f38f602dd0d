using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace Cooperation.Silo.Storage.LocalDisk;

/// <summary>Registers <see cref="LocalDiskGrainStorage"/> providers, the way Orleans' <c>AddAzureBlobGrainStorage</c> registers blob ones.</summary>
public static class LocalDiskGrainStorageServiceCollectionExtensions
{
    /// <summary>Registers a local-disk grain storage provider called <paramref name="name"/>.</summary>
    public static IServiceCollection AddLocalDiskGrainStorage(
        this IServiceCollection services, string name, Action<LocalDiskGrainStorageOptions> configureOptions)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);

        services.AddOptions<LocalDiskGrainStorageOptions>(name).Configure(configureOptions);
        // Fills GrainStorageSerializer when left empty: the serializer keyed by this provider's name, else the silo's.
        services.TryAddEnumerable(ServiceDescriptor.Transient<
            IPostConfigureOptions<LocalDiskGrainStorageOptions>,
            DefaultStorageProviderSerializerOptionsConfigurator<LocalDiskGrainStorageOptions>>());
        services.AddTransient<IConfigurationValidator>(sp => new LocalDiskGrainStorageOptionsValidator(
            sp.GetRequiredService<IOptionsMonitor<LocalDiskGrainStorageOptions>>().Get(name), name));
        services.ConfigureNamedOptionForLogging<LocalDiskGrainStorageOptions>(name);
        // One lock per folder per host, shared with the attachment store on the same folder.
        services.TryAddSingleton<DataDirectories>();

        return services.AddGrainStorage(name, (sp, providerName) =>
        {
            var options = sp.GetRequiredService<IOptionsMonitor<LocalDiskGrainStorageOptions>>().Get(providerName);
            if (string.IsNullOrWhiteSpace(options.Directory))
                new LocalDiskGrainStorageOptionsValidator(options, providerName).ValidateConfiguration();
            var directory = sp.GetRequiredService<DataDirectories>().Get(options.Directory!);
            return ActivatorUtilities.CreateInstance<LocalDiskGrainStorage>(sp, providerName, options, directory);
        });
    }

    /// <summary><see cref="ISiloBuilder"/> shortcut for <see cref="AddLocalDiskGrainStorage(IServiceCollection, string, Action{LocalDiskGrainStorageOptions})"/>.</summary>
    public static ISiloBuilder AddLocalDiskGrainStorage(
        this ISiloBuilder builder, string name, Action<LocalDiskGrainStorageOptions> configureOptions) =>
        builder.ConfigureServices(services => services.AddLocalDiskGrainStorage(name, configureOptions));
}
