using Cooperation.Grains.Annotations;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;
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

    /// <summary>Fields of the mutation root.</summary>
    public static void AddAnnotationMutations(this ObjectGraphType mutation) => AnnotationMutations.Add(mutation);

    /// <summary>
    /// Fields of a change set: every readable annotation of the documents whose annotations changed, deleted ones included.
    /// An application's annotations are no partnership's, so never here.
    /// </summary>
    public static void AddAnnotationChanges(this ChangeSetType changes)
    {
        changes.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnnotationType>>>>("annotations")
            .Description("Annotations des documents annotés depuis le curseur, chacune sur sa version, supprimées comprises. / Annotations of the documents annotated since the cursor, each on its version, deleted ones included.")
            .ResolveAsync(async c =>
            {
                var grains = c.Grains();
                var actor = c.Actor();
                var perDocument = await Task.WhenAll(c.Source.Changed(AnnotationsGrain.Kind).Select(key => grains.GetGrain<IAnnotationsGrain>(key).ListAsync(actor)));
                return perDocument.SelectMany(a => a).ToList();
            });
    }
}
