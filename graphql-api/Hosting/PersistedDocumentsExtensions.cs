using Cooperation.GraphQL.Documents;
using GraphQL.PersistedDocuments;

namespace Cooperation.GraphQL.Hosting;

/// <summary>Registers the persisted-document manifest and who may send GraphQL text (the handlers are in GraphQLExtensions).</summary>
public static class PersistedDocumentsExtensions
{
    /// <summary>Where the manifest is read from; the web client's <c>persisted-documents.json</c> by default.</summary>
    public const string ManifestSetting = "Cooperation:PersistedDocuments:Manifest";

    public static WebApplicationBuilder AddCooperationPersistedDocuments(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section);
        builder.Services.AddSingleton(services => new PersistedDocumentManifest(
            ManifestPath(builder.Configuration, builder.Environment), services.GetRequiredService<ILogger<PersistedDocumentManifest>>()));
        builder.Services.AddSingleton<IPersistedDocumentLoader>(services => services.GetRequiredService<PersistedDocumentManifest>());
        return builder;
    }

    private static string ManifestPath(IConfiguration configuration, IHostEnvironment environment) =>
        configuration[ManifestSetting] ?? Path.Combine(CooperationApiExtensions.WebClientRoot(configuration, environment), "persisted-documents.json");
}
