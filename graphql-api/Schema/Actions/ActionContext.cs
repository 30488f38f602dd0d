using Cooperation.GraphQL.Accounts;

namespace Cooperation.GraphQL.Schema.Actions;

/// <summary>
/// What a field action needs to run: the grains, and the person acting. Made once per request, for a mutation alone as
/// for every action of a sync batch.
/// </summary>
public sealed record ActionContext(IGrainFactory Grains, Viewer Viewer)
{
    /// <summary>The acting person grains receive; UNAUTHENTICATED when nobody is signed in.</summary>
    public Actor Actor => Viewer.Actor;

    public static ActionContext Of(IResolveFieldContext context) => new(context.Grains(), context.Viewer());
}
