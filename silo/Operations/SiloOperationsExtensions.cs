using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Cooperation.Silo.Operations;

/// <summary>The dedicated silo's telemetry and its small health listener.</summary>
public static class SiloOperationsExtensions
{
    public const string HealthPortKey = "Cooperation:Health:Port";

    public static WebApplicationBuilder AddCooperationSiloOperations(this WebApplicationBuilder builder)
    {
        builder.AddCooperationTelemetry("cooperation-silo");
        builder.AddCooperationHealthChecks();
        // Only the configured port: ASPNETCORE_URLS, meant for the API beside it, must not be taken here.
        var port = builder.Configuration.GetValue<int?>(HealthPortKey);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            if (port is { } configured)
                kestrel.Listen(IPAddress.Any, configured);
            else
                kestrel.Listen(IPAddress.Loopback, 0);
        });
        return builder;
    }
}
