using Orleans.Storage;

namespace Cooperation.Silo.Diagnostics;

/// <summary>Counts the writes of a grain storage provider registered the Orleans way (<c>AddGrainStorage</c>).</summary>
public static class GrainStorageCountingServiceCollectionExtensions
{
    /// <summary>
    /// Wraps the grain storage provider called <paramref name="name"/>, already registered, in a
    /// <see cref="CountedGrainStorage"/>, and its serializer (from its <typeparamref name="TOptions"/>) in a
    /// <see cref="MeasuredGrainStorageSerializer"/>.
    /// </summary>
    /// <typeparam name="TOptions">The provider's named options, which hold the serializer it writes with.</typeparam>
    /// <exception cref="InvalidOperationException">No grain storage called <paramref name="name"/> is registered yet.</exception>
    public static IServiceCollection CountWrites<TOptions>(this IServiceCollection services, string name)
        where TOptions : class, IStorageProviderSerializerOptions
    {
        var registered = services.LastOrDefault(d =>
                d.ServiceType == typeof(IGrainStorage) && d.IsKeyedService && Equals(d.ServiceKey, name) && d.KeyedImplementationFactory is not null)
            ?? throw new InvalidOperationException($"No grain storage called '{name}' is registered: register the provider before counting its writes.");

        // The counted provider takes the place of the provider under the same key: grains, and Orleans' lifecycle
        // registration of the provider (which resolves that key), get it instead.
        services.Remove(registered);
        services.AddKeyedSingleton<IGrainStorage>(name, (sp, key) => new CountedGrainStorage(
            (IGrainStorage)registered.KeyedImplementationFactory!(sp, key), sp.GetRequiredService<SiloMetrics>()));

        // After the provider's own post-configuration, which fills in the silo's serializer.
        services.PostConfigure<TOptions>(name, options =>
        {
            if (options.GrainStorageSerializer is { } serializer and not MeasuredGrainStorageSerializer)
                options.GrainStorageSerializer = new MeasuredGrainStorageSerializer(serializer);
        });

        services.AddMetrics();
        services.TryAddSingleton<SiloMetrics>();
        return services;
    }
}
