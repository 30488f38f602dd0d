using Cooperation.GraphQL.Documents;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cooperation.GraphQL.Tests.Documents;

/// <summary>What the server does with the manifest file at start.</summary>
public sealed class ManifestLoadingTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"manifest-{Guid.NewGuid():N}.json");

    /// <summary>The repository's manifest loads, and an id finds its document.</summary>
    [Fact]
    public void RepositoryManifest_Loads()
    {
        var manifest = new PersistedDocumentManifest(ClientDocuments.ManifestPath, NullLogger<PersistedDocumentManifest>.Instance);

        Assert.Equal(Directory.GetFiles(Path.Combine(ClientDocuments.WebClient, "operations"), "*.graphql").Length, manifest.Count);
        Assert.StartsWith("query Directory", manifest.Find(ClientDocuments.IdOf("Directory")));
    }

    /// <summary>No manifest: the server starts and knows no documents.</summary>
    [Fact]
    public void MissingManifest_NoDocuments()
    {
        var manifest = new PersistedDocumentManifest(_path, NullLogger<PersistedDocumentManifest>.Instance);

        Assert.Equal(0, manifest.Count);
    }

    /// <summary>A manifest that is not JSON, or whose id does not match its text, stops the start with a clear message.</summary>
    [Theory]
    [InlineData("{\"sha256:")]
    [InlineData("[\"query Q { viewer { email } }\"]")]
    [InlineData("{\"sha256:0000000000000000000000000000000000000000000000000000000000000000\": \"query Q { viewer { email } }\"}")]
    [InlineData("{\"sha256:0000000000000000000000000000000000000000000000000000000000000000\": 12}")]
    public void MalformedManifest_StopsTheStart(string json)
    {
        File.WriteAllText(_path, json);

        var error = Assert.Throws<InvalidOperationException>(() => new PersistedDocumentManifest(_path, NullLogger<PersistedDocumentManifest>.Instance));

        Assert.Contains("Malformed persisted-document manifest", error.Message);
        Assert.Contains(_path, error.Message);
    }

    public void Dispose() => File.Delete(_path);
}
