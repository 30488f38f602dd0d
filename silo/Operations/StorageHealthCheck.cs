using Azure.Identity;
using Azure.Storage.Blobs;
using Cooperation.Silo.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cooperation.Silo.Operations;

/// <summary>
/// Ready when grain state can be stored: the data folder accepts a file, or the blob container answers. The result
/// names neither the folder nor the account, so a probe's answer leaks nothing.
/// </summary>
internal sealed class StorageHealthCheck(CooperationStorageOptions storage) : IHealthCheck
{
    private readonly Lazy<BlobContainerClient?> _container = new(() => storage.OnLocalDisk ? null
        : (storage.ServiceUri is { } uri ? new BlobServiceClient(uri, new DefaultAzureCredential()) : new BlobServiceClient(storage.ConnectionString))
            .GetBlobContainerClient(storage.ContainerName));

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (_container.Value is { } container)
            {
                return (await container.ExistsAsync(cancellationToken)).Value
                    ? HealthCheckResult.Healthy("blob container reachable")
                    : HealthCheckResult.Unhealthy("blob container missing");
            }
            var probe = Path.Combine(storage.Directory!, $".health-{Environment.ProcessId}");
            await File.WriteAllTextAsync(probe, "ok", cancellationToken);
            File.Delete(probe);
            return HealthCheckResult.Healthy("data folder writable");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("grain storage unreachable");
        }
    }
}
