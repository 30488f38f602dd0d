using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Cooperation.GraphQL.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cooperation.Testing;

/// <summary>
/// The API as <c>./run</c> starts it — Kestrel, the in-process silo, the seeds with the demo people — on free loopback
/// ports, but in this process and on blob storage (Azurite), the provider Azure deployments use, its grain state in a
/// container of its own. Shared (as a linked source file) by the API tests and the benchmarks, so both measure the same
/// host. <c>./run</c>'s own store, the local disk, is exercised in a process of its own by <see cref="ChildHost"/>.
/// </summary>
public static class EmbeddedApi
{
    /// <summary>Where a host on <paramref name="containerName"/> keeps uploaded photos.</summary>
    public static string AttachmentsContainerOf(string containerName) => $"{containerName}-photos";

    /// <summary>A builder with the embedded default's settings; the caller may add settings and services, then <see cref="StartAsync"/>.</summary>
    public static WebApplicationBuilder CreateBuilder(string storageConnection, string containerName, string signingKey, string demoPassword)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cooperation:Storage:ConnectionString"] = storageConnection,
            ["Cooperation:Storage:ContainerName"] = containerName,
            ["Cooperation:Storage:AttachmentsContainerName"] = AttachmentsContainerOf(containerName),
            ["Cooperation:Silo:ClusterId"] = containerName,
            ["Cooperation:Silo:SiloPort"] = FreePort().ToString(),
            ["Cooperation:Silo:GatewayPort"] = FreePort().ToString(),
            ["Cooperation:WebClient:Root"] = Path.Combine(RepositoryRoot(), "web-client"),
            ["Cooperation:Auth:SigningKey"] = signingKey,
            ["Cooperation:Silo:SeedDemoPeople"] = "true",
            // A store of its own, made by this version: nothing to catch up, and no background calls among those counted.
            ["Cooperation:Silo:CatchUpDueWork"] = "false",
            ["Cooperation:Silo:DemoPassword"] = demoPassword,
            ["Cooperation:Auth:SignInAttemptsPerMinute"] = "1000",
            ["Logging:LogLevel:Default"] = "Warning",
            // Its timers call grains: tests that count grain calls would see them.
            ["Cooperation:Dashboard:Enabled"] = "false",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        return builder;
    }

    /// <summary>
    /// Listens on a second loopback port over TLS with <paramref name="certificate"/>, offering HTTP/2 and HTTP/1.1 by
    /// ALPN as the Azure ingress does to phones; the plain HTTP port stays. <c>./run</c> itself serves plain HTTP only.
    /// </summary>
    public static void ServeTls(WebApplicationBuilder builder, X509Certificate2 certificate)
    {
        // Listening by hand replaces the URLs: they are cleared (Kestrel would warn), the plain port is declared again.
        builder.WebHost.UseUrls();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Listen(IPAddress.Loopback, 0, endpoint =>
            {
                endpoint.Protocols = HttpProtocols.Http1AndHttp2;
                endpoint.UseHttps(certificate);
            });
        });
    }

    /// <summary>Builds and starts the host; returns it with the plain HTTP address Kestrel listens on.</summary>
    public static async Task<(WebApplication App, Uri Address)> StartAsync(WebApplicationBuilder builder, CancellationToken cancellationToken)
    {
        builder.AddCooperationApi();
        var app = builder.Build();
        app.MapCooperationApi();
        await app.StartAsync(cancellationToken);
        return (app, AddressOf(app, Uri.UriSchemeHttp)!);
    }

    /// <summary>The host's address for <paramref name="scheme"/> (http, or https after <see cref="ServeTls"/>); null when it has none.</summary>
    public static Uri? AddressOf(WebApplication app, string scheme) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a)).FirstOrDefault(a => a.Scheme == scheme);

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Cooperation.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Cooperation.sln not found above the binaries.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
