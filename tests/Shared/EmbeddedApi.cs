using System.Net;
using System.Net.Sockets;
using Cooperation.GraphQL.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
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

    /// <summary>Builds and starts the host; returns it with the address Kestrel listens on.</summary>
    public static async Task<(WebApplication App, Uri Address)> StartAsync(WebApplicationBuilder builder, CancellationToken cancellationToken)
    {
        builder.AddCooperationApi();
        var app = builder.Build();
        app.MapCooperationApi();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address));
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Cooperation.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Cooperation.sln not found above the binaries.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
