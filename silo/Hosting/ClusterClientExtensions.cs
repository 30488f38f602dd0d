using Orleans.Configuration;

namespace Cooperation.Silo.Hosting;

/// <summary>A process that hosts no silo and calls the cluster's grains through the silos' gateways (the API scaled out).</summary>
public static class ClusterClientExtensions
{
    /// <summary>
    /// An Orleans client of the cluster that <c>Cooperation:Cluster</c> names: the gateways come from the Azure Table
    /// membership table, the ids from <c>Cooperation:Silo</c>. It waits for a first gateway rather than failing the start.
    /// </summary>
    public static IHostApplicationBuilder AddCooperationClusterClient(this IHostApplicationBuilder builder)
    {
        var silo = builder.Configuration.GetSection(CooperationSiloOptions.Section).Get<CooperationSiloOptions>() ?? new();
        var cluster = CooperationClusterOptions.From(builder.Configuration);

        builder.Services.TryAddSingleton(TimeProvider.System);
        // The web server starts beside the client rather than after it: while the client waits for a first silo the
        // API answers its probes, live at once and ready once connected (ClusterHealthCheck). Started in turn, it would
        // listen only once connected, and an orchestrator would restart, as dead, an API only waiting for its silos.
        builder.Services.Configure<HostOptions>(options => options.ServicesStartConcurrently = true);
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(options =>
            {
                options.ServiceId = silo.ServiceId;
                options.ClusterId = silo.ClusterId;
            });
            client.UseAzureStorageClustering(options =>
            {
                options.TableServiceClient = cluster.CreateTableServiceClient();
                options.TableName = cluster.TableName;
            });
            // A silo restarted or added is used within seconds (Orleans' default: a minute), one small query each time.
            client.Configure<GatewayOptions>(options => options.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
            client.Configure<ClientMessagingOptions>(options => options.ResponseTimeout = cluster.ClientResponseTimeout);
            client.UseConnectionRetryFilter<WaitForGateway>();
            client.Services.AddKnownGrainInterfaceTypes();
        });
        return builder;
    }
}
