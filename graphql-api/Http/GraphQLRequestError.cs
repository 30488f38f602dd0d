using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Cooperation.GraphQL.Http;

/// <summary>
/// A request refused by the transport before it reaches GraphQL.NET (bad method, media type, body…).
/// Messages are bilingual, French first, like the rest of the product's user-facing text.
/// </summary>
/// <param name="StatusCode">HTTP status of the answer.</param>
/// <param name="Code">Value of <c>extensions.code</c> in the error body.</param>
/// <param name="Message">Human-readable message.</param>
/// <param name="Allow">Value of the <c>Allow</c> header for 405 answers.</param>
internal sealed record GraphQLRequestError(int StatusCode, string Code, string Message, string? Allow = null)
{
    // Keeps accented letters readable (the default encoder writes "\u00E9") while still escaping the
    // HTML-sensitive characters.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static GraphQLRequestError BadRequest(string message) =>
        new(StatusCodes.Status400BadRequest, "BAD_REQUEST", message);

    public static GraphQLRequestError UnsupportedMediaType(string message) =>
        new(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", message);

    public static GraphQLRequestError MethodNotAllowed() =>
        new(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED",
            "Méthode HTTP non prise en charge, utilisez GET ou POST / HTTP method not allowed, use GET or POST",
            "GET, POST");

    public static GraphQLRequestError NotAcceptable() =>
        new(StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE",
            "Accept doit autoriser application/graphql-response+json ou application/json / "
            + "Accept must allow application/graphql-response+json or application/json");

    public static GraphQLRequestError PayloadTooLarge(int limit) =>
        new(StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE",
            $"Corps de requête trop volumineux (maximum {limit} octets) / Request body too large (maximum {limit} bytes)");

    /// <summary>
    /// Writes this error as <c>{"errors":[{"message":…,"extensions":{"code":…}}]}</c>. Written by hand rather
    /// than through <c>IGraphQLSerializer</c> so that the transport's own answers do not depend on the
    /// GraphQL configuration, and carry no <c>data</c> entry (the request never reached execution).
    /// </summary>
    public Task WriteAsync(HttpContext context, string mediaType)
    {
        var response = context.Response;
        response.StatusCode = StatusCode;
        response.ContentType = mediaType + "; charset=utf-8";
        if (Allow is not null)
        {
            response.Headers.Allow = Allow;
        }

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("message", Message);
            writer.WriteStartObject("extensions");
            writer.WriteString("code", Code);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        response.ContentLength = buffer.WrittenCount;
        return response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).AsTask();
    }
}
