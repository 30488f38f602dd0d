namespace Cooperation.GraphQL.Schema;

/// <summary>Access from a resolver to the grains, which own every piece of state.</summary>
public static class ResolveFieldContextExtensions
{
    public static IGrainFactory Grains(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IGrainFactory>();

    /// <summary>
    /// Who acts. Until accounts and sign-in exist every caller is a guest; the history still records it.
    /// </summary>
    public static Actor Actor(this IResolveFieldContext context) => Cooperation.Grains.Common.Actor.Guest;
}
