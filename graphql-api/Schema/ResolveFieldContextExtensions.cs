using Cooperation.GraphQL.Accounts;

namespace Cooperation.GraphQL.Schema;

/// <summary>Access from a resolver to the grains, which own every piece of state, and to who is asking.</summary>
public static class ResolveFieldContextExtensions
{
    public static IGrainFactory Grains(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IGrainFactory>();

    /// <summary>The person behind the request, or an anonymous viewer saying why there is none.</summary>
    public static Viewer Viewer(this IResolveFieldContext context) =>
        context.UserContext.TryGetValue(Accounts.Viewer.UserContextKey, out var viewer) && viewer is Viewer v
            ? v
            : Accounts.Viewer.Anonymous(TokenProblem.Missing);

    /// <summary>The acting person grains receive; UNAUTHENTICATED when nobody is signed in.</summary>
    public static Actor Actor(this IResolveFieldContext context) => context.Viewer().Actor;
}
