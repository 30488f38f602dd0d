using Cooperation.GraphQL.Http;
using Cooperation.GraphQL.Schema.Errors;

namespace Cooperation.GraphQL.Accounts;

/// <summary>A GraphQL error that also says which HTTP status fits it (401, 403, 429).</summary>
public sealed class StatusExecutionError : ExecutionError, IHasPreferredStatusCode
{
    public StatusExecutionError(string message, string code, int status, Exception? inner = null) : base(message, inner)
    {
        Code = code;
        PreferredStatusCode = status;
    }

    public int PreferredStatusCode { get; }
}

/// <summary>Refusals about who is asking, worded once, French first; none says whether the thing exists.</summary>
public static class AccessErrors
{
    public static ExecutionError Unauthenticated(TokenProblem problem) => new StatusExecutionError(problem switch
    {
        TokenProblem.Expired => "Votre jeton d'accès a expiré : renouvelez-le (refreshSession). / Your access token expired: refresh it (refreshSession).",
        TokenProblem.SessionEnded => "Votre session est terminée : reconnectez-vous. / Your session has ended: sign in again.",
        TokenProblem.Invalid => "Jeton d'accès invalide : reconnectez-vous. / Invalid access token: sign in again.",
        _ => "Connectez-vous pour accéder à ceci. / Sign in to access this.",
    }, ErrorCodes.Unauthenticated, StatusCodes.Status401Unauthorized);

    public static ExecutionError Forbidden() => new StatusExecutionError(
        "Vous n'avez pas le droit de faire ceci. / You are not allowed to do this.",
        ErrorCodes.Forbidden, StatusCodes.Status403Forbidden);

    public static ExecutionError SignInRefused() => new StatusExecutionError(
        "Adresse électronique ou mot de passe incorrect. / Wrong e-mail address or password.",
        ErrorCodes.Unauthenticated, StatusCodes.Status401Unauthorized);

    public static ExecutionError TooManyAttempts(TimeSpan retryAfter) => new StatusExecutionError(
        $"Trop de tentatives : réessayez dans {Math.Ceiling(retryAfter.TotalSeconds):0} s. / Too many attempts: try again in {Math.Ceiling(retryAfter.TotalSeconds):0} s.",
        ErrorCodes.RateLimited, StatusCodes.Status429TooManyRequests);
}
