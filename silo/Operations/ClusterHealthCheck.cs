using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cooperation.Silo.Operations;

/// <summary>
/// Ready once this process takes part in the cluster: its own silo is active, or (a process without a silo) the
/// cluster answers with at least one active silo.
/// </summary>
internal sealed class ClusterHealthCheck(IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (services.GetService<ISiloStatusOracle>() is { } oracle)
        {
            return oracle.CurrentStatus == SiloStatus.Active
                ? HealthCheckResult.Healthy("silo active")
                : HealthCheckResult.Unhealthy($"silo {oracle.CurrentStatus}");
        }
        try
        {
            var hosts = await services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0)
                .GetHosts(onlyActive: true).WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return hosts.Count > 0 ? HealthCheckResult.Healthy("cluster reachable") : HealthCheckResult.Unhealthy("no active silo");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The reason stays in the server's logs: the answer names no address.
            return HealthCheckResult.Unhealthy("cluster unreachable");
        }
    }
}
