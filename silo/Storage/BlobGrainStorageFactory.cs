using Microsoft.Extensions.Options;

namespace Cooperation.Silo.Storage;

/// <summary>Creates named <see cref="BlobGrainStorage"/> instances for Orleans' keyed grain storage registration.</summary>
public static class BlobGrainStorageFactory
{
    /// <summary>
    /// Creates the provider called <paramref name="name"/> with its named options, after post-configuration (which
    /// supplies the default serializer); the remaining constructor arguments come from <paramref name="services"/>.
    /// </summary>
    public static BlobGrainStorage Create(IServiceProvider services, string name)
    {
        var options = services.GetRequiredService<IOptionsMonitor<BlobGrainStorageOptions>>().Get(name);
        return ActivatorUtilities.CreateInstance<BlobGrainStorage>(services, name, options);
    }
}
