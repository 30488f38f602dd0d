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
    public const string RateLimited = "RATE_LIMITED";
}
