using System.Buffers;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using static Cooperation.GraphQL.Http.GraphQLRequestParameters;

namespace Cooperation.GraphQL.Http;

/// <summary>Outcome of reading a request: exactly one of the two is set.</summary>
internal readonly record struct GraphQLRequestReadResult(GraphQLRequest? Request, GraphQLRequestError? Error)
{
    public static implicit operator GraphQLRequestReadResult(GraphQLRequest request) => new(request, null);

    public static implicit operator GraphQLRequestReadResult(GraphQLRequestError error) => new(null, error);
}

/// <summary>
/// Turns a GET query string or a POST JSON body into a <see cref="GraphQLRequest"/>, checking the shape
/// of every parameter so that malformed requests get a 400 with a precise message rather than reaching
/// the executor (or a converter exception).
/// </summary>
internal static class GraphQLRequestReader
{
    /// <summary>Reads the parameters of a GET request from the URL query string.</summary>
    public static GraphQLRequestReadResult ReadGet(HttpRequest httpRequest, IGraphQLSerializer serializer)
    {
        var parameters = httpRequest.Query;
        GraphQLRequestError? error;
        if ((error = TryGetSingle(parameters, QueryKey, out var query)) is not null
            || (error = TryGetSingle(parameters, OperationNameKey, out var operationName)) is not null
            || (error = TryGetSingle(parameters, DocumentIdKey, out var documentId)) is not null
            || (error = TryGetSingle(parameters, VariablesKey, out var variablesJson)) is not null
            || (error = TryGetSingle(parameters, ExtensionsKey, out var extensionsJson)) is not null
            || (error = TryParseMapString(variablesJson, VariablesKey, serializer, out var variables)) is not null
            || (error = TryParseMapString(extensionsJson, ExtensionsKey, serializer, out var extensions)) is not null)
        {
            return error;
        }

        return RequireDocument(new GraphQLRequest
        {
            Query = query,
            OperationName = operationName,
            DocumentId = documentId,
            Variables = variables,
            Extensions = extensions,
        });
    }

    /// <summary>
    /// Reads the JSON body of a POST request (Content-Type already checked), refusing bodies larger than
    /// <paramref name="maxBytes"/>.
    /// </summary>
    public static async Task<GraphQLRequestReadResult> ReadPostAsync(
        HttpRequest httpRequest, IGraphQLSerializer serializer, int maxBytes, CancellationToken cancellationToken)
    {
        // Refuse early on a declared length; chunked bodies are checked while reading.
        if (httpRequest.ContentLength > maxBytes)
        {
            return GraphQLRequestError.PayloadTooLarge(maxBytes);
        }

        var body = await ReadBodyAsync(httpRequest.Body, maxBytes, httpRequest.ContentLength, cancellationToken);
        if (body is not { } utf8Json)
        {
            return GraphQLRequestError.PayloadTooLarge(maxBytes);
        }

        if (utf8Json.Span.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        if (utf8Json.IsEmpty)
        {
            return GraphQLRequestError.BadRequest("Corps de requête vide / Request body is empty");
        }

        // JsonDocument only notices invalid UTF-8 inside strings when they are read (and then throws
        // InvalidOperationException, not JsonException): check the whole body first.
        if (!System.Text.Unicode.Utf8.IsValid(utf8Json.Span))
        {
            return GraphQLRequestError.BadRequest(
                "Le corps de la requête n'est pas encodé en UTF-8 / The request body is not valid UTF-8");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json);
        }
        catch (JsonException)
        {
            return GraphQLRequestError.BadRequest(
                "Le corps de la requête n'est pas du JSON valide / The request body is not valid JSON");
        }

        using (document)
        {
            return ReadJsonObject(document.RootElement, serializer);
        }
    }

    /// <summary>Without a document and without a persisted-document id there is nothing to execute.</summary>
    internal static GraphQLRequestReadResult RequireDocument(GraphQLRequest request) =>
        request.Query is null && request.DocumentId is null
            ? GraphQLRequestError.BadRequest(
                "Le paramètre 'query' est requis / The 'query' parameter is required")
            : request;

    /// <summary>Reads the body into memory, or returns <see langword="null"/> when it exceeds the limit.</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(
        Stream body, int maxBytes, long? contentLength, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream(contentLength is > 0 ? (int)contentLength.Value : 4096);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
