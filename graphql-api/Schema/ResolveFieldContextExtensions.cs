using Cooperation.GraphQL.Accounts;
using GraphQLParser;
using GraphQLParser.AST;

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

    /// <summary>What this request already read for the fields below, if the endpoint keeps such reads.</summary>
    public static RequestReads? Reads(this IResolveFieldContext context) =>
        context.UserContext.TryGetValue(RequestReads.UserContextKey, out var reads) ? reads as RequestReads : null;

    /// <summary>
    /// Whether the field being resolved goes on to select <paramref name="fieldName"/> of what it returns, directly or
    /// through fragments. Read off the document as written (GraphQL.NET's <c>SubFields</c> would collect every field
    /// for this one question); a field skipped by a directive still counts, which only reads a little more.
    /// </summary>
    public static bool Selects(this IResolveFieldContext context, string fieldName) =>
        Selects(context.FieldAst.SelectionSet, fieldName, context.Document, depth: 0);

    private static bool Selects(GraphQLSelectionSet? selections, string fieldName, GraphQLDocument document, int depth)
    {
        // Fragments cannot spread themselves in a valid document; the bound only keeps a bad one from costing much.
        if (selections is null || depth > 8)
            return false;
        foreach (var selection in selections.Selections)
        {
            var found = selection switch
            {
                GraphQLField field => field.Name.Value == fieldName,
                GraphQLInlineFragment inline => Selects(inline.SelectionSet, fieldName, document, depth + 1),
                GraphQLFragmentSpread spread => document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } definition
                    && Selects(definition.SelectionSet, fieldName, document, depth + 1),
                _ => false,
            };
            if (found)
                return true;
        }
        return false;
    }

    /// <summary>The acting person grains receive; UNAUTHENTICATED when nobody is signed in.</summary>
    public static Actor Actor(this IResolveFieldContext context) => context.Viewer().Actor;
}
