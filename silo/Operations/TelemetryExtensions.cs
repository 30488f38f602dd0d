using Azure.Monitor.OpenTelemetry.AspNetCore;
using Cooperation.Silo.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Cooperation.Silo.Operations;

/// <summary>
/// OpenTelemetry traces, metrics and logs of ASP.NET Core, Orleans and the silo's own counters, for the API process and
/// the dedicated silo alike. Exported over OTLP only when an endpoint is configured, to Azure Monitor only when a
/// connection string is, and not collected at all without one of them: a laptop's <c>./run</c> neither sends nor gathers any.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>Orleans' own sources (Orleans 10): runtime and application grain calls, and its meter.</summary>
    public static readonly string[] OrleansActivitySources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>The OTLP endpoint setting, as the OpenTelemetry SDK names it (an environment variable or configuration).</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string AzureMonitorKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>Collects spans and metrics with no exporter configured: for whoever reads them in process (a test).</summary>
    public const string CollectKey = "Cooperation:Telemetry:Collect";

    /// <summary>
    /// Whether this process collects telemetry at all: only when it goes somewhere. Collecting for nobody is not free:
    /// every request would start an activity and every grain call a span, about a tenth of a read's CPU.
    /// </summary>
    public static bool Collects(this IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey])
        || !string.IsNullOrWhiteSpace(configuration[AzureMonitorKey])
        || configuration.GetValue<bool>(CollectKey);

    public static IHostApplicationBuilder AddCooperationTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        if (!builder.Configuration.Collects())
            return builder;
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing
                .AddSource(OrleansActivitySources)
                .AddAspNetCoreInstrumentation(options =>
                    // Probes every few seconds would drown the requests people make.
                    options.Filter = context => !context.Request.Path.StartsWithSegments("/health")))
            .WithMetrics(metrics => metrics
                .AddMeter(OrleansMeter, SiloMetrics.MeterName)
                .AddAspNetCoreInstrumentation())
            .WithLogging();

        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointKey]))
            telemetry.UseOtlpExporter();
        if (!string.IsNullOrWhiteSpace(builder.Configuration[AzureMonitorKey]))
            telemetry.UseAzureMonitor(options => options.ConnectionString = builder.Configuration[AzureMonitorKey]);
        return builder;
    }
}
