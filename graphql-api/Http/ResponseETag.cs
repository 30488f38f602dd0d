using System.Security.Cryptography;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace Cooperation.GraphQL.Http;

/// <summary>
/// ETag and <c>304 Not Modified</c> for successful GET answers: a phone that asks again for an unchanged page gets
/// a few header bytes instead of the whole answer.
/// </summary>
/// <remarks>
/// <para>The tag is the SHA-256 of the exact JSON body (before compression), cut to 128 bits: a collision would need
/// 2^64 answers to the same URL. It is strong, so it must change with the bytes sent: when the response compression
/// middleware is about to encode the answer, the coding is appended (<c>"…-br"</c>), as Apache does, and a client
/// that switches encodings never gets a 304 for bytes it does not hold.</para>
/// <para>Answers depend on who asks (the access token) and on the negotiated encoding: <c>Vary</c> says so and
/// <c>Cache-Control: private, no-cache</c> keeps shared caches out and makes the browser revalidate each time.</para>
/// </remarks>
internal static class ResponseETag
{
    public const string CacheControl = "private, no-cache";

    /// <summary>The request headers a GET answer depends on, in one line: each header line costs its name and a CRLF again.</summary>
    public const string Vary = "Accept, Authorization, Accept-Encoding";

    /// <summary>Sets the validator headers; returns <see langword="true"/> when the client already holds these bytes.</summary>
    public static bool Apply(HttpContext context, ReadOnlySpan<byte> body)
    {
        var etag = Compute(context, body);
        var headers = context.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = CacheControl;
        headers.Vary = Vary;
        return Matches(context.Request.Headers.IfNoneMatch, etag);
    }

    private static string Compute(HttpContext context, ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(body, hash);
        var tag = Convert.ToBase64String(hash[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return ContentCoding(context) is { } coding ? $"\"{tag}-{coding}\"" : $"\"{tag}\"";
    }

    // The coding the response compression middleware will apply, asked of the middleware's own provider.
    private static string? ContentCoding(HttpContext context)
    {
        var compression = context.RequestServices.GetService<IResponseCompressionProvider>();
        return compression is not null && compression.CheckRequestAcceptsCompression(context) && compression.ShouldCompressResponse(context)
            ? compression.GetCompressionProvider(context)?.EncodingName
            : null;
    }

    // If-None-Match uses the weak comparison (RFC 9110 §13.1.2); "*" matches any current answer.
    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0 || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
            return false;
        var current = new EntityTagHeaderValue(etag);
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }
}
