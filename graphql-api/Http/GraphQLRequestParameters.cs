using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace Cooperation.GraphQL.Http;

/// <summary>
/// Shape checks of the GraphQL-over-HTTP request parameters (<c>query</c>, <c>operationName</c>,
/// <c>variables</c>, <c>extensions</c>, <c>documentId</c>), shared by the GET and POST readers.
/// </summary>
internal static class GraphQLRequestParameters
{
    public const string QueryKey = "query";
    public const string OperationNameKey = "operationName";
    public const string VariablesKey = "variables";
    public const string ExtensionsKey = "extensions";
    public const string DocumentIdKey = "documentId";

    /// <summary>Reads the parameters of a POST body, already parsed as JSON.</summary>
    public static GraphQLRequestReadResult ReadJsonObject(JsonElement root, IGraphQLSerializer serializer)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return GraphQLRequestError.BadRequest(
                "Le corps de la requête doit être un objet JSON / The request body must be a JSON object");
        }

        var request = new GraphQLRequest();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            // Keys are case-sensitive (spec); unknown keys are ignored so that clients may add their own.
            var name = property.Name;
            if (name is not (QueryKey or OperationNameKey or VariablesKey or ExtensionsKey or DocumentIdKey))
            {
                continue;
            }

            // A repeated key would be read differently by different JSON parsers (proxy vs. us): refuse it.
            if (!seen.Add(name))
            {
                return GraphQLRequestError.BadRequest(
                    $"Le paramètre '{name}' est répété / The '{name}' parameter is repeated");
            }

            var value = property.Value;
            GraphQLRequestError? error = null;
            switch (name)
            {
                case QueryKey:
                    error = TryReadString(value, name, out var query);
                    request.Query = query;
                    break;
                case OperationNameKey:
                    error = TryReadString(value, name, out var operationName);
                    request.OperationName = operationName;
                    break;
                case DocumentIdKey:
                    error = TryReadString(value, name, out var documentId);
                    request.DocumentId = documentId;
                    break;
                case VariablesKey:
                    error = TryReadMap(value, name, serializer, out var variables);
                    request.Variables = variables;
                    break;
                case ExtensionsKey:
                    error = TryReadMap(value, name, serializer, out var extensions);
                    request.Extensions = extensions;
                    break;
            }

            if (error is not null)
            {
                return error;
            }
        }

        return GraphQLRequestReader.RequireDocument(request);
    }

    /// <summary>Reads a URL parameter that must appear at most once; empty means absent.</summary>
    public static GraphQLRequestError? TryGetSingle(IQueryCollection parameters, string name, out string? value)
    {
        value = null;
        if (!parameters.TryGetValue(name, out var values) || values.Count == 0)
        {
            return null;
        }

        if (values.Count > 1)
        {
            return GraphQLRequestError.BadRequest(
                $"Le paramètre '{name}' est répété / The '{name}' parameter is repeated");
        }

        // An empty parameter (?query=&…) means "absent", as HTML forms produce.
        value = string.IsNullOrEmpty(values[0]) ? null : values[0];
        return null;
    }

    /// <summary>Parses a URL parameter holding a JSON object (or <c>null</c>) into <see cref="Inputs"/>.</summary>
    public static GraphQLRequestError? TryParseMapString(
        string? json, string name, IGraphQLSerializer serializer, out Inputs? map)
    {
        map = null;
        if (json is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return TryReadMap(document.RootElement, name, serializer, out map);
        }
        catch (JsonException)
        {
            return GraphQLRequestError.BadRequest(
                $"Le paramètre '{name}' n'est pas du JSON valide / The '{name}' parameter is not valid JSON");
        }
    }

    private static GraphQLRequestError? TryReadString(JsonElement value, string name, out string? text)
    {
        text = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                var s = value.GetString();
                text = string.IsNullOrEmpty(s) ? null : s;
                return null;
            default:
                return GraphQLRequestError.BadRequest(
                    $"Le paramètre '{name}' doit être une chaîne / The '{name}' parameter must be a string");
        }
    }

    private static GraphQLRequestError? TryReadMap(
        JsonElement value, string name, IGraphQLSerializer serializer, out Inputs? map)
    {
        map = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Object:
                try
                {
                    // The GraphQL.NET converter turns JSON numbers/objects into the CLR shapes its
                    // scalars expect (int/long/BigInteger/decimal, dictionaries), so use it, not ours.
                    map = serializer.ReadNode<Inputs>(value);
                    return null;
                }
                catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or OverflowException)
                {
                    return GraphQLRequestError.BadRequest(
                        $"Le paramètre '{name}' est invalide / The '{name}' parameter is invalid");
                }
            default:
                return GraphQLRequestError.BadRequest(
                    $"Le paramètre '{name}' doit être un objet JSON / The '{name}' parameter must be a JSON object");
        }
    }
}
