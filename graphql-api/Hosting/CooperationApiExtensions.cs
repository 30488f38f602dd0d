using Cooperation.GraphQL.Accounts;
using Cooperation.GraphQL.Annotations;
using Cooperation.GraphQL.Documents;
using Cooperation.GraphQL.Exports.Council;
using Cooperation.GraphQL.Exports.Iati;
using Cooperation.GraphQL.Funding;
using Cooperation.GraphQL.Http;
using Cooperation.GraphQL.Research;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Uploads;
using Cooperation.Silo.Hosting;
using Microsoft.Extensions.FileProviders;

namespace Cooperation.GraphQL.Hosting;

/// <summary>Registers and maps everything the API process serves.</summary>
public static class CooperationApiExtensions
{
    /// <summary>
    /// The API hosting a silo in-process (or, with <c>Cooperation:Cluster:ApiAsClient</c>, a client of the cluster's
    /// silos), the GraphQL schema and response compression.
    /// </summary>
    public static WebApplicationBuilder AddCooperationApi(this WebApplicationBuilder builder)
    {
        if (CooperationClusterOptions.From(builder.Configuration).ApiAsClient)
            builder.AddCooperationClusterClient();
        else
            builder.AddCooperationSilo();
        builder.AddCooperationOperations();
        builder.Services.AddCooperationGraphQL();
        builder.Services.AddCooperationResponseCompression();
        builder.AddCooperationAccounts();
        builder.AddCooperationPersistedDocuments();
        builder.Services.AddCooperationRequestDecompression();
        builder.Services.AddCooperationRequestLimits();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false); // "Server: Kestrel" on every answer serves nobody
        return builder;
    }

    /// <summary>Compression both ways, the web client at <c>/</c>, GraphQL at <c>/graphql</c>, photo blocks and photos at <c>/uploads</c>, annotation exports at <c>/annotations</c>, the fund's ranking CSV at <c>/funds</c>.</summary>
    public static WebApplication MapCooperationApi(this WebApplication app)
    {
        // Build the schema, load the signing key and the persisted documents now: a mistake stops the start instead of failing every request.
        app.Services.GetRequiredService<ISchema>().Initialize();
        app.Services.GetRequiredService<SigningKey>();
        app.Services.GetRequiredService<PersistedDocumentManifest>();
        var files = WebClientFiles(app);
        app.UseCooperationSecurityHeaders(files);
        app.UseResponseCompression();
        app.UseRequestDecompression();
        if (files is not null)
        {
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        app.UseCooperationForwardedFor();
        app.UseMiddleware<ViewerMiddleware>();
        // After the viewer: a signed-in person's budget is counted by account.
        app.UseRateLimiter();
        app.MapCooperationGraphQL(configure: options => options.BuildUserContext = context =>
            new Dictionary<string, object?> { [Viewer.UserContextKey] = ViewerMiddleware.Of(context), [RequestReads.UserContextKey] = new RequestReads() });
        app.MapCooperationUploads();
        app.MapCooperationAnnotations();
        app.MapCooperationFunds();
        app.MapCooperationResearch();
        app.MapCooperationCouncilReports();
        app.MapCooperationIati();
        app.MapCooperationOperations();
        return app;
    }

    /// <summary>
    /// The web client's files: its build output <c>dist/</c> once <c>npm run build</c> made it, else the folder itself
    /// (<c>Cooperation:WebClient:Root</c>, or the repository's <c>web-client/</c> beside the API), whose page needs no build.
    /// </summary>
    private static PhysicalFileProvider? WebClientFiles(WebApplication app)
    {
        var root = WebClientRoot(app.Configuration, app.Environment);
        var dist = Path.Combine(root, "dist");
        return Directory.Exists(dist) ? new PhysicalFileProvider(dist) : Directory.Exists(root) ? new PhysicalFileProvider(root) : null;
    }

    /// <summary>The web client's folder: <c>Cooperation:WebClient:Root</c>, else <c>web-client/</c> beside the API.</summary>
    internal static string WebClientRoot(IConfiguration configuration, IHostEnvironment environment) =>
        Path.GetFullPath(configuration["Cooperation:WebClient:Root"] ?? Path.Combine(environment.ContentRootPath, "..", "web-client"));
}
