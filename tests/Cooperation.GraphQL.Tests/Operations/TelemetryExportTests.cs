using System.Collections.Concurrent;
using Azure.Storage.Blobs;
using Cooperation.Silo.Operations;
using Cooperation.Testing;

namespace Cooperation.GraphQL.Tests.Operations;

/// <summary>
/// Where the API's telemetry goes: to the OTLP endpoint when one is configured (here a small listener of the test's,
/// which counts what it receives), nowhere otherwise. Each on a host of its own.
/// </summary>
public sealed class TelemetryExportTests : IAsyncDisposable
{
    private readonly string _container = $"telemetry-{Guid.NewGuid():N}";
    private readonly OtlpListener _collector = new();

    /// <summary>With the endpoint set, the spans of a request reach it (sent at the latest when the host stops).</summary>
    [Fact]
    public async Task OtlpEndpointConfigured_RequestSpansExportedThere()
    {
        IServiceCollection? services = null;
        await using (var host = await ApiHost.StartAsync(_container, new Dictionary<string, string?>
        {
            [TelemetryExtensions.OtlpEndpointKey] = _collector.Address,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        }, services: s => services = s))
        {
            await host.Http.GetGraphQLAsync("{ partnerships { totalCount } }");
        }

        Assert.True(RegistersAnExporter(services!));
        Assert.True(_collector.Received("/v1/traces") > 0, $"Nothing reached the endpoint; it heard: {_collector}");
    }

    /// <summary>Without an endpoint (nor an Azure Monitor connection string), no exporter is part of the host: nothing leaves it.</summary>
    [Fact]
    public async Task NoEndpoint_NoExporter()
    {
        IServiceCollection? services = null;
        await using (var host = await ApiHost.StartAsync(_container, services: s => services = s))
        {
            await host.Http.GetGraphQLAsync("{ partnerships { totalCount } }");
        }

        Assert.False(RegistersAnExporter(services!));
    }

    // The exporters' own assemblies: OTLP, and Azure Monitor's distribution.
    private static bool RegistersAnExporter(IServiceCollection services) =>
        services.Any(d => (d.ImplementationType ?? d.ImplementationInstance?.GetType() ?? d.ImplementationFactory?.Method.DeclaringType ?? d.ServiceType)
            .Assembly.GetName().Name is { } name && (name.StartsWith("OpenTelemetry.Exporter", StringComparison.Ordinal) || name.StartsWith("Azure.Monitor", StringComparison.Ordinal)));

    public async ValueTask DisposeAsync()
    {
        _collector.Dispose();
        var blobs = new BlobServiceClient(ApiHost.StorageConnection);
        await blobs.GetBlobContainerClient(_container).DeleteIfExistsAsync();
        await blobs.GetBlobContainerClient(ApiHost.AttachmentsContainerOf(_container)).DeleteIfExistsAsync();
    }

    /// <summary>An OTLP/HTTP endpoint that accepts every export and counts them by path.</summary>
    private sealed class OtlpListener : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly ConcurrentDictionary<string, int> _received = new();

        public OtlpListener()
        {
            Address = $"http://127.0.0.1:{ChildProcess.FreePort()}";
            _listener.Prefixes.Add($"{Address}/");
            _listener.Start();
            _ = Task.Run(AcceptAsync);
        }

        public string Address { get; }

        public int Received(string path) => _received.GetValueOrDefault(path);

        public override string ToString() => string.Join(", ", _received.Select(r => $"{r.Key} {r.Value}"));

        public void Dispose() => _listener.Close();

        private async Task AcceptAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }
                await context.Request.InputStream.CopyToAsync(Stream.Null);
                _received.AddOrUpdate(context.Request.Url!.AbsolutePath, 1, (_, n) => n + 1);
                // An empty body is an export response that rejected nothing.
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
                context.Response.Close();
            }
        }
    }
}
