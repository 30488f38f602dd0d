using Cooperation.Silo.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cooperation.Silo.Operations;

/// <summary>
/// <c>/health/live</c> (the process answers) and <c>/health/ready</c> (in the cluster and able to store), for the API
/// process and the dedicated silo alike. Answers are a status word and each check's one-line reason, nothing else.
/// </summary>
public static class HealthExtensions
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    public static IHostApplicationBuilder AddCooperationHealthChecks(this IHostApplicationBuilder builder)
    {
        var storage = builder.Configuration.GetSection(CooperationStorageOptions.Section).Get<CooperationStorageOptions>() ?? new();
        builder.Services.AddHealthChecks()
            .AddCheck<ClusterHealthCheck>("cluster", tags: [ReadyTag])
            .Add(new HealthCheckRegistration("storage", _ => new StorageHealthCheck(storage), HealthStatus.Unhealthy, [ReadyTag]));
        return builder;
    }

    public static IEndpointRouteBuilder MapCooperationHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(entry => entry.Key, entry => new { status = entry.Value.Status.ToString(), entry.Value.Description }),
        });
    }
}
