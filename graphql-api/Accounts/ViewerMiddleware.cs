using Cooperation.Grains.Accounts;

namespace Cooperation.GraphQL.Accounts;

/// <summary>
/// Reads the bearer access token of each request into a <see cref="Viewer"/>: signature and expiry here, then the
/// session grain, so a sign-out or a revocation refuses the token at once, and the account grain for the roles.
/// </summary>
public sealed class ViewerMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, TokenService tokens, IGrainFactory grains)
    {
        context.Items[typeof(Viewer)] = await ReadAsync(context, tokens, grains);
        await next(context);
    }

    public static Viewer Of(HttpContext context) =>
        context.Items.TryGetValue(typeof(Viewer), out var viewer) && viewer is Viewer v ? v : Viewer.Anonymous(TokenProblem.Missing);

    private static async Task<Viewer> ReadAsync(HttpContext context, TokenService tokens, IGrainFactory grains)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return Viewer.Anonymous(TokenProblem.Missing);
        if (tokens.ReadAccessToken(header["Bearer ".Length..].Trim()) is not var (accountId, sessionId, expired))
            return Viewer.Anonymous(TokenProblem.Invalid);
        if (expired)
            return Viewer.Anonymous(TokenProblem.Expired);
        if (await grains.GetGrain<ISessionGrain>(sessionId).GetAccountIdAsync() != accountId)
            return Viewer.Anonymous(TokenProblem.SessionEnded);
        var access = await grains.GetGrain<IAccountGrain>(accountId).GetAccessAsync();
        return access is { Status: AccountStatus.Active }
            ? new Viewer(access, sessionId, TokenProblem.None)
            : Viewer.Anonymous(TokenProblem.SessionEnded);
    }
}
