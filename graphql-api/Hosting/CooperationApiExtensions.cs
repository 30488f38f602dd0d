using Cooperation.GraphQL.Accounts;
using Cooperation.GraphQL.Http;
using Cooperation.GraphQL.Uploads;
using Cooperation.Silo.Hosting;
using Microsoft.Extensions.FileProviders;

namespace Cooperation.GraphQL.Hosting;

/// <summary>Registers and maps everything the API process serves.</summary>
public static class CooperationApiExtensions
{
    /// <summary>The API hosting a silo in-process, the GraphQL schema and response compression.</summary>
    public static WebApplicationBuilder AddCooperationApi(this WebApplicationBuilder builder)
    {
        builder.AddCooperationSilo();
        builder.Services.AddCooperationGraphQL();
        builder.Services.AddCooperationResponseCompression();
        builder.AddCooperationAccounts();
        return builder;
    }

    /// <summary>Compression, the web client at <c>/</c>, GraphQL at <c>/graphql</c>, photo blocks and photos at <c>/uploads</c>.</summary>
    public static WebApplication MapCooperationApi(this WebApplication app)
    {
        // Build the schema and load the signing key now: a mistake stops the start instead of failing every request.
        app.Services.GetRequiredService<ISchema>().Initialize();
        app.Services.GetRequiredService<SigningKey>();
        app.UseResponseCompression();
        if (WebClientFiles(app) is { } files)
        {
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        app.UseMiddleware<ViewerMiddleware>();
        app.MapCooperationGraphQL(configure: options => options.BuildUserContext = context =>
            new Dictionary<string, object?> { [Viewer.UserContextKey] = ViewerMiddleware.Of(context) });
        app.MapCooperationUploads();
        return app;
    }

    /// <summary>
    /// The web client's files: <c>Cooperation:WebClient:Root</c>, else the repository's <c>web-client/</c> beside the API.
    /// </summary>
    private static PhysicalFileProvider? WebClientFiles(WebApplication app)
    {
        var root = app.Configuration["Cooperation:WebClient:Root"]
            ?? Path.Combine(app.Environment.ContentRootPath, "..", "web-client");
        return Directory.Exists(root) ? new PhysicalFileProvider(Path.GetFullPath(root)) : null;
    }
}
