using System.Net;
using Azure.Data.Tables;
using Azure.Identity;

namespace Cooperation.Silo.Hosting;

/// <summary>Where silos find one another and the API finds them; bound from <c>Cooperation:Cluster</c>.</summary>
/// <remarks>
/// Nothing set: the embedded default, one silo on localhost clustering. A connection string (Azurite's table service in
/// local runs) or a table service URI reached with the managed identity (Azure): silos join through the Orleans
/// membership table there, and the API can be a client of them (<see cref="ApiAsClient"/>). The cluster and service
/// ids and the ports stay in <c>Cooperation:Silo</c>.
/// </remarks>
public sealed class CooperationClusterOptions
{
    public const string Section = "Cooperation:Cluster";

    /// <summary>A storage account's connection string naming its table service (Azurite's in <c>./run --silos N</c>).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The table service endpoint (<c>https://ACCOUNT.table.core.windows.net</c>), reached with the managed identity.</summary>
    public Uri? ServiceUri { get; set; }

    /// <summary>The membership table; every silo and client of one deployment names the same.</summary>
    public string TableName { get; set; } = "OrleansSiloInstances";

    /// <summary>
    /// The address other silos and clients reach this silo at; empty: this machine's first network address (Azure
    /// Container Apps gives the environment's private address here). <c>./run --silos N</c> uses 127.0.0.1.
    /// </summary>
    public string? AdvertisedIPAddress { get; set; }

    /// <summary>The API hosts no silo and calls the cluster's silos through their gateways (a stateless front).</summary>
    public bool ApiAsClient { get; set; }

    /// <summary>
    /// How long the API, as a client, waits for a grain's answer (Orleans' default: 30 s). A call sent through a silo
    /// that was just killed gets no answer and no error: only this bound ends it, after which the phone's retry (same
    /// action id, so one effect) goes through a living silo. Grain calls take milliseconds; 5 s is a silo gone.
    /// </summary>
    public TimeSpan ClientResponseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>True when silos join through the Azure Table membership table rather than on localhost.</summary>
    public bool OnAzureTable => !string.IsNullOrWhiteSpace(ConnectionString) || ServiceUri is not null;

    /// <summary>The options of <paramref name="configuration"/>, checked.</summary>
    /// <exception cref="OrleansConfigurationException">Both a connection string and a URI, or a client with no table.</exception>
    public static CooperationClusterOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<CooperationClusterOptions>() ?? new();
        if (!string.IsNullOrWhiteSpace(options.ConnectionString) && options.ServiceUri is not null)
            throw new OrleansConfigurationException(
                $"Grappe : indiquez {Section}:ConnectionString ou {Section}:ServiceUri, pas les deux. / " +
                $"Cluster: set {Section}:ConnectionString or {Section}:ServiceUri, not both.");
        if (options.ApiAsClient && !options.OnAzureTable)
            throw new OrleansConfigurationException(
                $"Grappe : {Section}:ApiAsClient demande la table des membres ({Section}:ConnectionString ou :ServiceUri). / " +
                $"Cluster: {Section}:ApiAsClient needs the membership table ({Section}:ConnectionString or :ServiceUri).");
        if (options.AdvertisedIPAddress is { Length: > 0 } address && !IPAddress.TryParse(address, out _))
            throw new OrleansConfigurationException(
                $"Grappe : {Section}:AdvertisedIPAddress n'est pas une adresse IP ({address}). / " +
                $"Cluster: {Section}:AdvertisedIPAddress is not an IP address ({address}).");
        return options;
    }

    /// <summary>The table service client, with the managed identity when only the endpoint is given.</summary>
    public TableServiceClient CreateTableServiceClient() =>
        ServiceUri is { } uri ? new TableServiceClient(uri, new DefaultAzureCredential()) : new TableServiceClient(ConnectionString);
}
