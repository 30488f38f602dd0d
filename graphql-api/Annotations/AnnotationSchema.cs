using Cooperation.Grains.Annotations;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Schema.Actions;
using Cooperation.GraphQL.Sync;

namespace Cooperation.GraphQL.Annotations;

/// <summary>Where the annotation domain plugs its fields into the schema.</summary>
public static class AnnotationSchema
{
    /// <summary>Fields of the query root.</summary>
    public static void AddAnnotationQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnnotationOnVersionType>>>>("annotations")
            .Description("Les annotations lisibles d'une version, les plus anciennes ré-ancrées ou marquées « sur une version antérieure ». / The readable annotations of a version, older ones re-anchored or marked 'on an earlier version'.")
            .Argument<NonNullGraphType<AnnotationTargetInputType>>("target")
            // The document's kind decides who reads: a partnership's members, or an application's fund people.
            .WithAccess(AccessRule.SignedIn)
            .ResolveAsync(async c =>
            {
                var target = c.GetArgument<AnnotationTargetInput>("target");
                return await c.Grains().GetGrain<IAnnotationsGrain>(target.Key()).ListOnVersionAsync(c.Actor(), target.Version);
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
