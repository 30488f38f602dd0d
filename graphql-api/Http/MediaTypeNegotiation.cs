using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Cooperation.GraphQL.Http;

/// <summary>Content-Type and Accept handling of the GraphQL-over-HTTP spec.</summary>
internal static class MediaTypeNegotiation
{
    /// <summary>
    /// Checks the Content-Type of a POST: <c>application/json</c>, charset absent (UTF-8 is then assumed,
    /// as the spec requires) or UTF-8. Returns the error to answer with, or <see langword="null"/>.
    /// </summary>
    public static GraphQLRequestError? CheckRequestContentType(string? contentType)
    {
        // fetch() sends "text/plain;charset=UTF-8" when a string body has no explicit type, so a
        // missing type and a wrong type land in the same branch: both are 415.
        if (string.IsNullOrWhiteSpace(contentType)
            || !MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !parsed.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return GraphQLRequestError.UnsupportedMediaType(
                "Content-Type doit être application/json / Content-Type must be application/json");
        }

        var charset = parsed.Charset;
        if (charset.HasValue
            && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return GraphQLRequestError.UnsupportedMediaType(
                "Seul le jeu de caractères utf-8 est accepté / Only the utf-8 charset is supported");
        }

        return null;
    }

    /// <summary>
    /// Picks the response media type from the Accept header, or <see langword="null"/> when nothing we can
    /// produce is acceptable (406).
    /// </summary>
    /// <remarks>
    /// Each candidate gets the q-value of the most specific range that matches it (exact type, then
    /// <c>application/*</c>, then <c>*/*</c>), as RFC 9110 §12.5.1 describes. On equal q-values
    /// <c>application/graphql-response+json</c> wins only when the client named it: a bare <c>*/*</c> is
    /// what legacy clients send, and they expect <c>application/json</c> (and 200 on validation errors).
    /// A missing or unparsable Accept header is treated as a legacy client too.
    /// </remarks>
    public static string? SelectResponseMediaType(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept)
            || !MediaTypeHeaderValue.TryParseList(accept, out var ranges)
            || ranges.Count == 0)
        {
            return GraphQLMediaTypes.Json;
        }

        var (graphQLQuality, graphQLSpecificity) = QualityOf(ranges, GraphQLMediaTypes.GraphQLResponseJson);
        var (jsonQuality, _) = QualityOf(ranges, GraphQLMediaTypes.Json);

        if (graphQLQuality > 0 && (graphQLQuality > jsonQuality || (graphQLQuality == jsonQuality && graphQLSpecificity == ExactMatch)))
        {
            return GraphQLMediaTypes.GraphQLResponseJson;
        }

        return jsonQuality > 0 ? GraphQLMediaTypes.Json : null;
    }

    private const int NoMatch = -1;
    private const int ExactMatch = 2;

    private static (double Quality, int Specificity) QualityOf(IList<MediaTypeHeaderValue> ranges, string mediaType)
    {
        var bestSpecificity = NoMatch;
        var quality = 0d;
        var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        var type = mediaType[..slash];

        foreach (var range in ranges)
        {
            int specificity;
            if (range.MatchesAllTypes)
            {
                specificity = 0;
            }
            else if (range.MatchesAllSubTypes && range.Type.Equals(type, StringComparison.OrdinalIgnoreCase))
            {
                specificity = 1;
            }
            else if (range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase))
            {
                specificity = ExactMatch;
            }
            else
            {
                continue;
            }

            var q = range.Quality ?? 1d;
            if (specificity > bestSpecificity)
            {
                bestSpecificity = specificity;
                quality = q;
            }
            else if (specificity == bestSpecificity)
            {
                quality = Math.Max(quality, q);
            }
        }

        return (quality, bestSpecificity);
    }
}
