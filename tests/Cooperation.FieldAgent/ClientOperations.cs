using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Cooperation.FieldAgent;

/// <summary>
/// The persisted-document ids the web client is built with (<c>web-client/persisted-documents.json</c>): the client
/// never sends GraphQL text, only an operation's id and its variables.
/// </summary>
public sealed partial class ClientOperations
{
    private readonly IReadOnlyDictionary<string, string> _idsByName;

    private ClientOperations(IReadOnlyDictionary<string, string> idsByName) => _idsByName = idsByName;

    /// <summary>Reads a manifest (id → document) and indexes it by operation name.</summary>
    public static ClientOperations Load(string manifestPath)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))?.AsObject()
            ?? throw new InvalidDataException($"{manifestPath} is not a JSON object.");
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, document) in manifest)
            if (OperationNameOf(document?.GetValue<string>() ?? "") is { } name)
                ids[name] = id;
        return new ClientOperations(ids);
    }

    /// <summary>The id of operation <paramref name="operationName"/> (e.g. "Sync").</summary>
    public string IdOf(string operationName) =>
        _idsByName.TryGetValue(operationName, out var id) ? id : throw new KeyNotFoundException($"No persisted document named {operationName}.");

    public string SignIn => IdOf("SignIn");

    public string Sync => IdOf("Sync");

    public string Upload => IdOf("Upload");

    /// <summary>The name of the operation a manifest document opens with (its fragments follow it).</summary>
    public static string? OperationNameOf(string document) => OperationName().Match(document) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"^(?:query|mutation|subscription)\s+(\w+)")]
    private static partial Regex OperationName();
}
