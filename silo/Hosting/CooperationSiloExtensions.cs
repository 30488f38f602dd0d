using Cooperation.Grains.Common;
using Cooperation.Silo.Seeding;
using Cooperation.Silo.Storage;

namespace Cooperation.Silo.Hosting;

/// <summary>Registers the Orleans silo that owns every partnership's state.</summary>
public static class CooperationSiloExtensions
{
    /// <summary>
    /// Hosts a silo in this process: localhost clustering, grain state in Azure Blob Storage, the seed task.
    /// </summary>
    public static IHostApplicationBuilder AddCooperationSilo(this IHostApplicationBuilder builder)
    {
        var silo = builder.Configuration.GetSection(CooperationSiloOptions.Section).Get<CooperationSiloOptions>() ?? new();
        var storage = builder.Configuration.GetSection(CooperationStorageOptions.Section).Get<CooperationStorageOptions>() ?? new();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(silo);
        builder.Services.AddAttachmentStore(storage);
        builder.UseOrleans(siloBuilder =>
        {
            siloBuilder.UseLocalhostClustering(silo.SiloPort, silo.GatewayPort, serviceId: silo.ServiceId, clusterId: silo.ClusterId);
            // Records stay readable outside .NET (and by the future Azure provider's JSON) with System.Text.Json.
            siloBuilder.UseSystemTextJsonGrainStorageSerializer();
            siloBuilder.AddBlobGrainStorage(StorageNames.Cooperation, options =>
            {
                // A service URI (managed identity, Azure) wins over the embedded default's Azurite connection string.
                options.ConnectionString = storage.ServiceUri is null ? storage.ConnectionString : null;
                options.ServiceUri = storage.ServiceUri;
                options.ContainerName = storage.ContainerName;
            });
            if (silo.SeedPartnerships)
                siloBuilder.AddStartupTask<SeedPartnershipsTask>();
        });
        return builder;
    }
}
