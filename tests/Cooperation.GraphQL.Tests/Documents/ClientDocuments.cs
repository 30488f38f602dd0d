using Cooperation.FieldAgent;

namespace Cooperation.GraphQL.Tests.Documents;

/// <summary>The web client's registered operations, read from the repository as the server reads them.</summary>
public static class ClientDocuments
{
    public static string WebClient => Path.Combine(ApiHost.RepositoryRoot(), "web-client");

    public static string ManifestPath => Path.Combine(WebClient, "persisted-documents.json");

    /// <summary>The manifest: id → document.</summary>
    public static IReadOnlyDictionary<string, string> Manifest() =>
        JsonNode.Parse(File.ReadAllText(ManifestPath))!.AsObject().ToDictionary(e => e.Key, e => e.Value!.GetValue<string>());

    /// <summary>The id of the operation named <paramref name="operationName"/>.</summary>
    public static string IdOf(string operationName) => ClientOperations.Load(ManifestPath).IdOf(operationName);

    public static string? OperationName(string document) => ClientOperations.OperationNameOf(document);
}
