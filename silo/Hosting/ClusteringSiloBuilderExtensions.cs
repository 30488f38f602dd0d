using System.Net;
using Orleans.Configuration;

namespace Cooperation.Silo.Hosting;

/// <summary>How a silo joins its cluster: alone on localhost (the embedded default) or through the Azure Table membership table.</summary>
public static class ClusteringSiloBuilderExtensions
{
    /// <summary>
    /// Localhost clustering unless <c>Cooperation:Cluster</c> names a table service; then Azure Table membership with
    /// the ids and ports of <paramref name="silo"/>, failure detection tuned by <see cref="TuneFailureDetection"/>.
    /// </summary>
    /// <exception cref="OrleansConfigurationException">A cluster whose grain state would stay on one silo's disk.</exception>
    public static ISiloBuilder UseCooperationClustering(this ISiloBuilder siloBuilder, CooperationSiloOptions silo, CooperationStorageOptions storage)
    {
        var cluster = CooperationClusterOptions.From(siloBuilder.Configuration);
        if (!cluster.OnAzureTable)
            return siloBuilder.UseLocalhostClustering(silo.SiloPort, silo.GatewayPort, serviceId: silo.ServiceId, clusterId: silo.ClusterId);

        // A grain moves to another silo when its silo dies: its state must be where every silo reads it.
        if (storage.OnLocalDisk)
            throw new OrleansConfigurationException(
                $"Grappe : l'état des grains doit être dans un compte de stockage ({CooperationStorageOptions.Section}:ConnectionString ou :ServiceUri), " +
                $"pas sur le disque d'un silo ({CooperationStorageOptions.Section}:Directory). / " +
                $"Cluster: grain state must live in a storage account ({CooperationStorageOptions.Section}:ConnectionString or :ServiceUri), " +
                $"not on one silo's disk ({CooperationStorageOptions.Section}:Directory).");

        siloBuilder.Configure<ClusterOptions>(options =>
        {
            options.ServiceId = silo.ServiceId;
            options.ClusterId = silo.ClusterId;
        });
        if (cluster.AdvertisedIPAddress is { Length: > 0 } address)
            siloBuilder.ConfigureEndpoints(IPAddress.Parse(address), silo.SiloPort, silo.GatewayPort, listenOnAnyHostAddress: true);
        else
            siloBuilder.ConfigureEndpoints(silo.SiloPort, silo.GatewayPort, listenOnAnyHostAddress: true);
        siloBuilder.UseAzureStorageClustering(options =>
        {
            options.TableServiceClient = cluster.CreateTableServiceClient();
            options.TableName = cluster.TableName;
        });
        siloBuilder.Configure<ClusterMembershipOptions>(TuneFailureDetection);
        // Anything under Cooperation:Cluster:Membership (ProbeTimeout, NumMissedProbesLimit…) overrides the above.
        siloBuilder.Services.Configure<ClusterMembershipOptions>(siloBuilder.Configuration.GetSection($"{CooperationClusterOptions.Section}:Membership"));
        return siloBuilder;
    }

    /// <summary>
    /// A dead silo is declared dead within about 3 seconds, so that the grains it held serve again on the others well
    /// inside DESIGN's budget (serving again ≤ 10 s, median ≤ 6 s; Orleans' defaults take 15 s and more).
    /// </summary>
    /// <remarks>
    /// A killed silo's port refuses connections, so each probe of it fails at once and detection time is the probe
    /// period times the missed-probe limit: 1 s × 3. Three misses rather than one or two because this machine and a
    /// small Azure instance are both two cores: a garbage collection or a busy second must not evict a live silo (a
    /// false death costs every grain on it a reactivation, never data). Orleans also lengthens the timeout while the
    /// prober itself is degraded and refuses to vote against a silo whose connection still carries messages. With two
    /// silos one vote evicts (Orleans caps the votes at half the live silos); with three, two votes are needed, which
    /// the survivors cast in the same seconds. The membership table is read again every 10 s instead of 60 s, a cheap
    /// query that repairs any gossip a restarting silo missed.
    /// </remarks>
    public static void TuneFailureDetection(ClusterMembershipOptions options)
    {
        options.ProbeTimeout = TimeSpan.FromSeconds(1);
        options.NumMissedProbesLimit = 3;
        options.NumVotesForDeathDeclaration = 2;
        options.TableRefreshTimeout = TimeSpan.FromSeconds(10);
    }
}
