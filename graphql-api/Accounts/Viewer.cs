using Cooperation.Grains.Accounts;

namespace Cooperation.GraphQL.Accounts;

/// <summary>Why a request has no signed-in person.</summary>
public enum TokenProblem
{
    None,
    Missing,
    Invalid,
    Expired,
    SessionEnded,
}

/// <summary>The person behind a request, read once from its access token, or nobody.</summary>
public sealed record Viewer(AccountAccess? Access, string? SessionId, TokenProblem Problem)
{
    public const string UserContextKey = "viewer";

    public static Viewer Anonymous(TokenProblem problem) => new(null, null, problem);

    public bool IsSignedIn => Access is not null;

    /// <summary>The actor grains receive; only signed-in people act.</summary>
    public Actor Actor => Access?.AsActor() ?? throw AccessErrors.Unauthenticated(Problem);

    /// <summary>Whether this viewer is the person who did what <paramref name="actor"/> did (never for the seeding, nor for nobody).</summary>
    public bool MadeIt(Actor actor) => Access is { } access && access.AccountId == actor.Id;
}
