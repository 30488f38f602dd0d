using Cooperation.Grains.Annotations;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Schema.Actions;
using Cooperation.GraphQL.Schema.Relay;
using Cooperation.GraphQL.Sync;

namespace Cooperation.GraphQL.Annotations;

/// <summary>Where the annotation domain plugs its fields into the schema.</summary>
public static class AnnotationSchema
{
    /// <summary>Fields of the query root.</summary>
    public static void AddAnnotationQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<AnnotationThreadConnectionType>>("annotations")
            .Description($"Les fils d'annotations lisibles d'une version, du plus récent au plus ancien, par pages (au plus {HistoryPageRequest.MaxFirst} fils) ; chaque fil entier, les plus anciens ré-ancrés ou marqués « sur une version antérieure ». / The readable annotation threads of a version, newest first, a page at a time (at most {HistoryPageRequest.MaxFirst} threads); each thread whole, older ones re-anchored or marked 'on an earlier version'.")
            .Argument<NonNullGraphType<AnnotationTargetInputType>>("target")
            .PageArguments("fils", "threads")
            // The document's kind decides who reads: a partnership's members, or an application's fund people.
            .WithAccess(AccessRule.SignedIn)
            .ResolveAsync(async c =>
            {
                var target = c.GetArgument<AnnotationTargetInput>("target");
                var after = c.GetArgument<string?>("after");
                var request = new AnnotationThreadPageRequest(
                    c.GetArgument("first", HistoryPageRequest.DefaultFirst), after is null ? null : AnnotationLookup.ThreadAfter(after));
                var page = await c.Grains().GetGrain<IAnnotationsGrain>(target.Key()).ListThreadsOnVersionAsync(c.Actor(), target.Version, request);
                return Connections.Of(page.Threads, (thread, _) => AnnotationLookup.CursorOf(thread), page.HasOlder, page.HasNewer, page.TotalCount);
            });
    }

    /// <summary>Field actions: fields of the mutation root and members of the sync batch.</summary>
    public static IEnumerable<FieldAction> Actions => AnnotationActions.All;

    /// <summary>
    /// Annotations in the change feed, by document: every readable annotation of a document whose annotations changed,
    /// deleted ones included. An application's annotations are no partnership's, so never there.
    /// </summary>
    public static ChangeKind<IReadOnlyList<Annotation>> Changes { get; } = new(AnnotationsGrain.Kind, (c, key) => c.Grains.GetGrain<IAnnotationsGrain>(key).ListAsync(c.Actor));
}
