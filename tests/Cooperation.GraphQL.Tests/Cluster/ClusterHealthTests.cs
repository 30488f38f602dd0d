using Cooperation.Testing;

namespace Cooperation.GraphQL.Tests.Cluster;

/// <summary>
/// The health probes of a cluster as <c>./run --silos N</c> starts it, in processes of their own on Azurite: the API as
/// the silos' client, and a dedicated silo answering on a port of its own.
/// </summary>
public sealed class ClusterHealthTests
{
    private const string DemoPassword = "mot-de-passe-des-sondes";

    // A bound on every wait (starts on a busy 2-core machine included); never a fixed pause.
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// The API started before any silo is live but not ready (503: no cluster to serve from), and ready once a silo
    /// has joined; that silo answers live and ready on its own health port.
    /// </summary>
    [Fact]
    public async Task ApiBeforeAnySilo_NotReadyUntilOneJoins_SiloAnswersOnItsOwnPort()
    {
        await using var cluster = await LocalCluster.StartAsync(silos: 0, DemoPassword, Bound, Ct);
        using var http = new HttpClient();
        using var liveAlone = await http.GetAsync(new Uri(cluster.Address, "/health/live"), Ct);
        using var readyAlone = await http.GetAsync(new Uri(cluster.Address, "/health/ready"), Ct);
        var whyNot = await readyAlone.Content.ReadAsStringAsync(Ct);

        await cluster.AddSiloAsync(Ct);
        var readyJoined = await UntilReadyAsync(http, cluster.Address);
        using var siloLive = await http.GetAsync(new Uri(cluster.HealthAddressOf(0), "/health/live"), Ct);
        using var siloReady = await http.GetAsync(new Uri(cluster.HealthAddressOf(0), "/health/ready"), Ct);

        Assert.Equal(HttpStatusCode.OK, liveAlone.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyAlone.StatusCode);
        Assert.Contains("\"cluster\":{\"status\":\"Unhealthy\"", whyNot);
        Assert.Equal(HttpStatusCode.OK, readyJoined);
        Assert.Equal(HttpStatusCode.OK, siloLive.StatusCode);
        Assert.Equal(HttpStatusCode.OK, siloReady.StatusCode);
    }

    // The client finds the new silo at its next connection attempt: asked again until it says ready, within the bound.
    private static async Task<HttpStatusCode> UntilReadyAsync(HttpClient http, Uri api)
    {
        var deadline = DateTimeOffset.UtcNow + Bound;
        while (true)
        {
            using var ready = await http.GetAsync(new Uri(api, "/health/ready"), Ct);
            if (ready.StatusCode == HttpStatusCode.OK || DateTimeOffset.UtcNow > deadline)
                return ready.StatusCode;
            await Task.Delay(500, Ct);
        }
    }
}
