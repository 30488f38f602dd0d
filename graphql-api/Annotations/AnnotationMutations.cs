using Cooperation.Grains.Annotations;
using Cooperation.Grains.Annotations.Commands;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Annotations;

/// <summary>
/// The annotation fields of the mutation root; the annotations grain decides who may do what, by the document's kind: a
/// partnership's members on its reports and missions, the fund's managers and assigned reviewers on an application.
/// </summary>
internal static class AnnotationMutations
{
    public static void Add(ObjectGraphType mutation)
    {
        mutation.Field("annotate", new NonNullGraphType(new AnnotationPayloadType("AnnotatePayload")))
            .Description("Annoter un passage d'une version figée (membres du partenariat ; gestionnaires et instructeurs désignés pour un dossier de candidature). / Annotate a passage of a frozen version (partnership members; managers and assigned reviewers for an application).")
            .Argument<NonNullGraphType<AnnotateInputType>>("input")
            .WithAccess(AccessRule.SignedIn)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AnnotateInput>("input");
                var key = input.Target.Key();
                var annotation = await c.Grains().GetGrain<IAnnotationsGrain>(key).AnnotateAsync(new Annotate(
                    input.ClientMutationId, c.Actor(), AnnotationLookup.AnnotationId(input.AnnotationId), input.Target.Version,
                    input.Selector.ToSelector(), input.Motivation, input.Text, input.Language, input.Tags, input.Visibility));
                return new AnnotationPayload(input.ClientMutationId, annotation);
            });

        Add<ReplyToAnnotationInput, ReplyToAnnotationInputType>(mutation, "replyToAnnotation",
            "Répondre à une annotation (qui la lit et écrit sur le document). / Reply to an annotation (who reads it and writes on the document).",
            (i, actor) => g => g.ReplyAsync(new ReplyToAnnotation(i.ClientMutationId, actor, i.AnnotationId, i.ReplyTo, i.Text, i.Language)));
        Add<EditAnnotationInput, EditAnnotationInputType>(mutation, "editAnnotation",
            "Modifier son annotation (son auteur seul). / Edit one's annotation (its creator only).",
            (i, actor) => g => g.EditAsync(new EditAnnotation(i.ClientMutationId, actor, i.AnnotationId, i.Text, i.Language, i.Tags)));
        Add<DeleteAnnotationInput, DeleteAnnotationInputType>(mutation, "deleteAnnotation",
            "Supprimer son annotation (son auteur seul) ; ses réponses restent. / Delete one's annotation (its creator only); its replies stay.",
            (i, actor) => g => g.DeleteAsync(new DeleteAnnotation(i.ClientMutationId, actor, i.AnnotationId)));
    }

    /// <summary>Declares a mutation on a document's annotations: <c>name(input: NameInput!): NamePayload!</c>.</summary>
    private static void Add<TInput, TInputType>(
        ObjectGraphType mutation, string name, string description, Func<TInput, Actor, Func<IAnnotationsGrain, Task<Annotation>>> command)
        where TInput : AnnotationChangeInput
        where TInputType : IInputObjectGraphType
    {
        var payloadName = char.ToUpperInvariant(name[0]) + name[1..] + "Payload";
        mutation.Field(name, new NonNullGraphType(new AnnotationPayloadType(payloadName)))
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .WithAccess(AccessRule.SignedIn)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<TInput>("input");
                var key = input.Document.Key();
                AnnotationLookup.AnnotationId(input.AnnotationId);
                var annotation = await command(input, c.Actor())(c.Grains().GetGrain<IAnnotationsGrain>(key));
                return new AnnotationPayload(input.ClientMutationId, annotation);
            });
    }
}
