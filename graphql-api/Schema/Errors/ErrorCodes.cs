namespace Cooperation.GraphQL.Schema.Errors;

/// <summary>The values of <c>extensions.code</c> this API returns (DESIGN §6).</summary>
public static class ErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string Validation = "VALIDATION";
    public const string Conflict = "CONFLICT";
    public const string Unavailable = "UNAVAILABLE";

    /// <summary>Too many requests from one person (signed out: one address), or sign-in attempts: 429 with <c>Retry-After</c>.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>
    /// A GraphQL document with more selections or aliases than the API validates (400), refused after parsing and
    /// before the validation rules, whose cost grows with the square of the selections.
    /// </summary>
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
}
