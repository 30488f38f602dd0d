using Cooperation.Grains.Annotations;
using Cooperation.Grains.Annotations.Commands;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Schema.Actions;

namespace Cooperation.GraphQL.Annotations;

/// <summary>
/// The field actions on annotations; the annotations grain decides who may do what, by the document's kind: a
/// partnership's members on its reports and missions, the fund's managers and assigned reviewers on an application.
/// </summary>
internal static class AnnotationActions
{
    public static IEnumerable<FieldAction> All =>
    [
        new FieldAction<AnnotateInput, AnnotateInputType, Annotation>("annotate",
            "Annoter un passage d'une version figée (membres du partenariat ; gestionnaires et instructeurs désignés pour un dossier de candidature). / Annotate a passage of a frozen version (partnership members; managers and assigned reviewers for an application).", Answer,
            (i, c) => c.Grains.GetGrain<IAnnotationsGrain>(i.Target.Key()).AnnotateAsync(new Annotate(
                i.ClientMutationId, c.Actor, AnnotationLookup.AnnotationId(i.AnnotationId), i.Target.Version,
                i.Selector.ToSelector(), i.Motivation, i.Text, i.Language, i.Tags, i.Visibility)),
            AccessRule.SignedIn),
        Change<ReplyToAnnotationInput, ReplyToAnnotationInputType>("replyToAnnotation",
            "Répondre à une annotation (qui la lit et écrit sur le document). / Reply to an annotation (who reads it and writes on the document).",
            (i, actor) => g => g.ReplyAsync(new ReplyToAnnotation(i.ClientMutationId, actor, i.AnnotationId, i.ReplyTo, i.Text, i.Language))),
        Change<EditAnnotationInput, EditAnnotationInputType>("editAnnotation",
            "Modifier son annotation (son auteur seul). / Edit one's annotation (its creator only).",
            (i, actor) => g => g.EditAsync(new EditAnnotation(i.ClientMutationId, actor, i.AnnotationId, i.Text, i.Language, i.Tags))),
        Change<DeleteAnnotationInput, DeleteAnnotationInputType>("deleteAnnotation",
            "Supprimer son annotation (son auteur seul) ; ses réponses restent. / Delete one's annotation (its creator only); its replies stay.",
            (i, actor) => g => g.DeleteAsync(new DeleteAnnotation(i.ClientMutationId, actor, i.AnnotationId))),
    ];

    /// <summary>What every annotation action answers (the change set reads the document's annotations whole).</summary>
    private static ActionAnswer<Annotation> Answer { get; } = ActionAnswer<Annotation>.Entity<AnnotationType>("annotation",
        "Résultat : l'identifiant client renvoyé et l'annotation. / Result: the echoed client id and the annotation.");

    /// <summary>An action on an annotation of a document, which the document's annotations grain carries out.</summary>
    private static FieldAction Change<TInput, TInputType>(
        string name, string description, Func<TInput, Actor, Func<IAnnotationsGrain, Task<Annotation>>> command)
        where TInput : AnnotationChangeInput
        where TInputType : IInputObjectGraphType =>
        new FieldAction<TInput, TInputType, Annotation>(name, description, Answer, (i, c) =>
        {
            var key = i.Document.Key();
            AnnotationLookup.AnnotationId(i.AnnotationId);
            return command(i, c.Actor)(c.Grains.GetGrain<IAnnotationsGrain>(key));
        }, AccessRule.SignedIn);
}
