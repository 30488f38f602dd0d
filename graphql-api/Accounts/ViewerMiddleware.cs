namespace Cooperation.GraphQL.Accounts;

/// <summary>
/// Reads the bearer access token of each request into a <see cref="Viewer"/>: signature and expiry here, then whether
/// its session is open and its account active, asked of their grains at most once per <see cref="SignedInViewers.Lifetime"/>
/// (<see cref="SignedInViewers"/>), so that a sign-out or a revocation refuses the token at once.
/// </summary>
public sealed class ViewerMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, TokenService tokens, SignedInViewers viewers)
    {
        context.Items[typeof(Viewer)] = await ReadAsync(context, tokens, viewers);
        await next(context);
    }

    public static Viewer Of(HttpContext context) =>
        context.Items.TryGetValue(typeof(Viewer), out var viewer) && viewer is Viewer v ? v : Viewer.Anonymous(TokenProblem.Missing);

    private static async Task<Viewer> ReadAsync(HttpContext context, TokenService tokens, SignedInViewers viewers)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return Viewer.Anonymous(TokenProblem.Missing);
        if (tokens.ReadAccessToken(header["Bearer ".Length..].Trim()) is not var (accountId, sessionId, expired))
            return Viewer.Anonymous(TokenProblem.Invalid);
        if (expired)
            return Viewer.Anonymous(TokenProblem.Expired);
        return await viewers.ReadAsync(accountId, sessionId) is { } access
            ? new Viewer(access, sessionId, TokenProblem.None)
            : Viewer.Anonymous(TokenProblem.SessionEnded);
    }
}
