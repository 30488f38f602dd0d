using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL.PersistedDocuments;

namespace Cooperation.GraphQL.Documents;

/// <summary>
/// The operations the web client was built with: <c>web-client/persisted-documents.json</c>, written by
/// <c>npm run persisted-documents</c>, read once at start. A client sends <c>documentId: "sha256:…"</c> instead of the text.
/// </summary>
public sealed class PersistedDocumentManifest : IPersistedDocumentLoader
{
    private const string Sha256Prefix = "sha256";

    private readonly FrozenDictionary<string, string> _documents;

    /// <summary>Loads <paramref name="path"/>; a missing file means no documents, a malformed one stops the start.</summary>
    public PersistedDocumentManifest(string path, ILogger<PersistedDocumentManifest> logger)
    {
        Path = path;
        if (!File.Exists(path))
        {
            logger.LogWarning("No persisted-document manifest at {Path}: clients must send query text", path);
            _documents = FrozenDictionary<string, string>.Empty;
            return;
        }

        _documents = Parse(path, File.ReadAllBytes(path));
        logger.LogInformation("{Count} persisted documents loaded from {Path}", _documents.Count, path);
    }

    public string Path { get; }

    public int Count => _documents.Count;

    /// <summary>The document of a full id (<c>sha256:…</c>), or <see langword="null"/>.</summary>
    public string? Find(string documentId) => _documents.GetValueOrDefault(documentId);

    /// <inheritdoc/>
    /// <remarks>The handler has already checked the prefix and the 64 lower-case hex digits.</remarks>
    public ValueTask<string?> GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken) =>
        ValueTask.FromResult(documentIdPrefix == Sha256Prefix ? Find($"{Sha256Prefix}:{documentIdPayload}") : null);

    /// <summary>The id a document has in the manifest: SHA-256 of its UTF-8 text, lower-case hex.</summary>
    public static string IdOf(string document) =>
        $"{Sha256Prefix}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)))}";

    private static FrozenDictionary<string, string> Parse(string path, byte[] json)
    {
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var manifest = JsonDocument.Parse(json);
            if (manifest.RootElement.ValueKind != JsonValueKind.Object)
                throw Malformed(path, "not a JSON object");
            foreach (var entry in manifest.RootElement.EnumerateObject())
            {
                if (entry.Value.ValueKind != JsonValueKind.String || entry.Value.GetString() is not { Length: > 0 } document)
                    throw Malformed(path, $"the document of {entry.Name} is not a non-empty string");
                // An id that does not match its text would run another operation than the client asked for.
                if (IdOf(document) != entry.Name)
                    throw Malformed(path, $"{entry.Name} is not the SHA-256 of its document (run npm run persisted-documents)");
                if (!documents.TryAdd(entry.Name, document))
                    throw Malformed(path, $"{entry.Name} is repeated");
            }
        }
        catch (JsonException ex)
        {
            throw Malformed(path, ex.Message);
        }

        return documents.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static InvalidOperationException Malformed(string path, string why) =>
        new($"Manifeste des documents persistés invalide / Malformed persisted-document manifest {path}: {why}");
}
