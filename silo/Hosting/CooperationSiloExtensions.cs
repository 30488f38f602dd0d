using Cooperation.Grains.Common;
using Cooperation.Silo.Diagnostics;
using Cooperation.Silo.Mail;
using Cooperation.Silo.Operations;
using Cooperation.Silo.Seeding;
using Cooperation.Silo.Storage;
using Cooperation.Silo.Storage.LocalDisk;
using Orleans.Dashboard;

namespace Cooperation.Silo.Hosting;

/// <summary>Registers the Orleans silo that owns every partnership's state.</summary>
public static class CooperationSiloExtensions
{
    /// <summary>
    /// Hosts a silo in this process: localhost clustering, grain state and photos on the local disk (the embedded
    /// default) or in Azure Blob Storage, the seed task.
    /// </summary>
    public static IHostApplicationBuilder AddCooperationSilo(this IHostApplicationBuilder builder)
    {
        var silo = builder.Configuration.GetSection(CooperationSiloOptions.Section).Get<CooperationSiloOptions>() ?? new();
        var storage = (builder.Configuration.GetSection(CooperationStorageOptions.Section).Get<CooperationStorageOptions>() ?? new()).Validate();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(silo);
        builder.Services.AddMetrics();
        builder.Services.TryAddSingleton<SiloMetrics>();
        builder.Services.AddAttachmentStore(storage);
        builder.Services.AddNoticeMail(builder.Configuration);
        if (storage.OnLocalDisk)
        {
            // Registered before the silo so that it starts first: one process per data folder, said plainly.
            builder.Services.AddHostedService(sp => new DataDirectoryClaim(sp.GetRequiredService<DataDirectories>().Get(storage.Directory!)));
        }
        builder.UseOrleans(siloBuilder =>
        {
            siloBuilder.UseCooperationClustering(silo, storage);
            siloBuilder.Services.AddKnownGrainInterfaceTypes();
            siloBuilder.AddIncomingGrainCallFilter<GrainCallCounter>();
            if (builder.Configuration.Collects())
                siloBuilder.AddActivityPropagation(); // grain calls become spans of the request that made them
            // Records stay readable outside .NET, and as earlier releases wrote them, with System.Text.Json.
            siloBuilder.UseSystemTextJsonGrainStorageSerializer();
            siloBuilder.AddCooperationGrainStorage(storage);
            if (builder.Configuration.DashboardEnabled())
                siloBuilder.AddDashboard();
            if (silo.SeedPartnerships)
                siloBuilder.AddStartupTask<SeedPartnershipsTask>();
            if (!string.IsNullOrWhiteSpace(silo.FirstAdministrator))
                siloBuilder.AddStartupTask<FirstAdministratorTask>();
            siloBuilder.AddCooperationReminders(storage);
        });
        if (silo.CatchUpDueWork)
            builder.Services.AddHostedService<DueWorkCatchUp>();
        return builder;
    }
}
