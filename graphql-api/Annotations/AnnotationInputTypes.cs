using Cooperation.Grains.Annotations;

namespace Cooperation.GraphQL.Annotations;

public sealed class AnnotatedDocumentInputType : InputObjectGraphType<AnnotatedDocumentInput>
{
    public AnnotatedDocumentInputType()
    {
        Name = "AnnotatedDocumentInput";
        Description = "Un document annoté : son type et son identifiant global (rapport, mission ou dossier de candidature). / An annotated document: its kind and global id (report, mission or application).";
        Field<NonNullGraphType<AnnotationTargetKindType>>("kind");
        Field<NonNullGraphType<IdGraphType>>("id").Description("Identifiant global du rapport, de la mission ou du dossier de candidature. / Global id of the report, mission or application.");
    }
}

public sealed class AnnotationTargetInputType : InputObjectGraphType<AnnotationTargetInput>
{
    public AnnotationTargetInputType()
    {
        Name = "AnnotationTargetInput";
        Description = "Une version figée d'un document. / One frozen version of a document.";
        Field<NonNullGraphType<AnnotationTargetKindType>>("kind");
        Field<NonNullGraphType<IdGraphType>>("id").Description("Identifiant global du rapport, de la mission ou du dossier de candidature. / Global id of the report, mission or application.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("Numéro de la version (1, 2…). / Version number.");
    }
}

public sealed class TextSelectorInputType : InputObjectGraphType<TextSelectorInput>
{
    public TextSelectorInputType()
    {
        Name = "TextSelectorInput";
        Description = "Le passage choisi dans une section : citation exacte et position (le contexte est repris du texte). / The passage selected in a section: exact quote and position (the context is taken from the text).";
        Field<NonNullGraphType<StringGraphType>>("section").Description("Nom du champ de la section (results, findings…). / The section's field name.");
        Field<NonNullGraphType<StringGraphType>>("exact").Description($"Le passage, {TextAnchoring.MaxExactLength} caractères au plus. / The passage.");
        Field<NonNullGraphType<IntGraphType>>("start").Description("Début, en unités UTF-16 depuis le début de la section. / Start, in UTF-16 code units from the section's start.");
        Field<NonNullGraphType<IntGraphType>>("end").Description("Fin (exclue). / End (excluded).");
        Field<StringGraphType>("prefix").Description("Ignoré : repris du texte. / Ignored: taken from the text.");
        Field<StringGraphType>("suffix").Description("Ignoré : repris du texte. / Ignored: taken from the text.");
    }
}

public sealed class AnnotateInputType : InputObjectGraphType<AnnotateInput>
{
    public AnnotateInputType()
    {
        Name = "AnnotateInput";
        Description = "Annoter un passage d'une version figée. / Annotate a passage of a frozen version.";
        Field<NonNullGraphType<StringGraphType>>("clientMutationId");
        Field<NonNullGraphType<StringGraphType>>("annotationId")
            .Description("Identifiant choisi par le client, unique parmi les annotations de la même personne dans le document (une réponse hors ligne peut le citer). / Client-chosen id, unique among its creator's in the document (an offline reply may cite it).");
        Field<NonNullGraphType<AnnotationTargetInputType>>("target");
        Field<NonNullGraphType<TextSelectorInputType>>("selector");
        Field<NonNullGraphType<AnnotationMotivationType>>("motivation").Description("Tout sauf REPLYING. / Anything but REPLYING.");
        Field<StringGraphType>("text").Description($"Texte, {AnnotationRules.MaxTextLength} caractères au plus ; facultatif pour TAGGING. / Text; optional for TAGGING.");
        Field<AnnotationLanguageType>("language").Description("FR par défaut. / FR by default.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags").Description($"Étiquettes (TAGGING seulement, {AnnotationRules.MaxTags} au plus). / Tags (TAGGING only).");
        Field<AnnotationVisibilityType>("visibility").Description("PARTNERSHIP par défaut. / PARTNERSHIP by default.");
    }
}

internal static class AnnotationChangeInputFields
{
    public static void AddChangeFields<T>(this InputObjectGraphType<T> type, string annotationIdDescription)
    {
        type.Field<NonNullGraphType<StringGraphType>>("clientMutationId");
        type.Field<NonNullGraphType<AnnotatedDocumentInputType>>("document");
        type.Field<NonNullGraphType<StringGraphType>>("annotationId").Description(annotationIdDescription);
    }
}

public sealed class ReplyToAnnotationInputType : InputObjectGraphType<ReplyToAnnotationInput>
{
    public ReplyToAnnotationInputType()
    {
        Name = "ReplyToAnnotationInput";
        Description = "Répondre à une annotation ; la réponse prend la visibilité du fil. / Reply to an annotation; the reply takes the thread's visibility.";
        this.AddChangeFields("Identifiant de la réponse, choisi par le client. / The reply's id, chosen by the client.");
        Field<NonNullGraphType<StringGraphType>>("replyTo").Description("annotationId de l'annotation à laquelle on répond. / annotationId of the annotation answered.");
        Field<NonNullGraphType<StringGraphType>>("text");
        Field<AnnotationLanguageType>("language").Description("FR par défaut. / FR by default.");
    }
}

public sealed class EditAnnotationInputType : InputObjectGraphType<EditAnnotationInput>
{
    public EditAnnotationInputType()
    {
        Name = "EditAnnotationInput";
        Description = "Modifier son annotation ; une partie omise reste inchangée. / Edit one's annotation; a part left out stays unchanged.";
        this.AddChangeFields("L'annotation à modifier. / The annotation to edit.");
        Field<StringGraphType>("text");
        Field<AnnotationLanguageType>("language");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags");
    }
}

public sealed class DeleteAnnotationInputType : InputObjectGraphType<DeleteAnnotationInput>
{
    public DeleteAnnotationInputType()
    {
        Name = "DeleteAnnotationInput";
        Description = "Supprimer son annotation (les réponses restent). / Delete one's annotation (replies stay).";
        this.AddChangeFields("L'annotation à supprimer. / The annotation to delete.");
    }
}
