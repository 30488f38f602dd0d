using Cooperation.Grains.Accounts;
using Cooperation.Grains.Partnerships;

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

    /// <summary>
    /// Her rights in a partnership, from the memberships read with her token: decided once per request, without asking
    /// the partnership (whose own list the grains still check before they act or answer).
    /// </summary>
    public PartnershipAccess AccessTo(string partnershipSlug) =>
        Access is { } access ? new(access.RoleIn(partnershipSlug), access.IsAdministrator) : default;

    /// <summary>Whether this viewer is the person who did what <paramref name="actor"/> did (never for the seeding, nor for nobody).</summary>
    public bool MadeIt(Actor actor) => Access is { } access && access.AccountId == actor.Id;
}
