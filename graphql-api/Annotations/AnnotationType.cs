using Cooperation.Grains.Annotations;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Schema.Relay;

namespace Cooperation.GraphQL.Annotations;

/// <summary>One annotation, on the version it was made on.</summary>
public sealed class AnnotationType : ObjectGraphType<Annotation>
{
    public AnnotationType()
    {
        Name = AnnotationLookup.TypeName;
        Interface<NodeInterface>();
        IsTypeOf = value => value is Annotation;
        Description = "Annotation (modèle W3C Web Annotation) d'un passage d'une version figée, ou réponse dans un fil. / A W3C Web Annotation on a passage of a frozen version, or a reply in a thread.";
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Identifiant global, unique même quand deux personnes ont choisi le même annotationId ; node(id:) la relit. / Global id, unique even when two people chose the same annotationId; node(id:) reads it again.").Resolve(c => AnnotationLookup.GlobalIdOf(c.Source));
        Field<NonNullGraphType<StringGraphType>>("annotationId")
            .Description("Identifiant choisi par le client, unique parmi les annotations de la même personne dans le document. / Client-chosen id, unique among its creator's in the document.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<AnnotationTargetKindType>>("kind").Resolve(c => c.Source.Target.Kind);
        Field<NonNullGraphType<IdGraphType>>("documentId")
            .Description("Le rapport, la mission ou le dossier de candidature (identifiant global). / The report, mission or application (global id).")
            .Resolve(c => AnnotationLookup.DocumentGlobalId(c.Source.Target.Kind, c.Source.Target.DocumentId));
        Field<NonNullGraphType<IntGraphType>>("version")
            .Description("Version sur laquelle elle a été faite (celle du fil pour une réponse). / Version it was made on (its thread's for a reply).")
            .Resolve(c => c.Source.Target.Version);
        Field<TextSelectorType>("selector")
            .Description("Le passage sur sa version ; nul pour une réponse. / The passage on its version; null for a reply.").Resolve(c => c.Source.Selector);
        Field<StringGraphType>("replyTo").Description("annotationId de l'annotation à laquelle elle répond. / annotationId of the annotation it answers.").Resolve(c => c.Source.ReplyTo);
        Field<NonNullGraphType<AnnotationMotivationType>>("motivation").Resolve(c => c.Source.Motivation);
        Field<NonNullGraphType<StringGraphType>>("text").Description("Texte (vide si supprimée). / Text (empty when deleted).").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<AnnotationLanguageType>>("language").Resolve(c => c.Source.Language);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").Resolve(c => c.Source.Tags);
        Field<NonNullGraphType<AnnotationVisibilityType>>("visibility").Resolve(c => c.Source.Visibility);
        Field<StringGraphType>("team").Description("Équipe qui la lit (visibilité TEAM) : équipe de recherche, ou le Fonds sur un dossier de candidature. / Team that reads it (TEAM visibility): a research team, or the fund on an application.").Resolve(c => c.Source.Team);
        Field<NonNullGraphType<StringGraphType>>("creatorName").Description("Qui l'a écrite. / Who wrote it.").Resolve(c => c.Source.Creator.DisplayName);
        Field<NonNullGraphType<BooleanGraphType>>("mine").Description("Écrite par la personne connectée. / Written by the signed-in person.")
            .Resolve(c => c.Source.Creator.Id == c.Actor().Id);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.Created);
        Field<DateTimeOffsetGraphType>("modifiedAt").Description("Dernière modification ou suppression. / Last edit or deletion.").Resolve(c => c.Source.Modified);
        Field<NonNullGraphType<BooleanGraphType>>("deleted").Description("Supprimée : reste pour garder son fil. / Deleted: kept to hold its thread.").Resolve(c => c.Source.Deleted);
        this.FieldsGuardedByParent();
    }
}

/// <summary>A passage: quote and position in one section.</summary>
public sealed class TextSelectorType : ObjectGraphType<TextSelector>
{
    public TextSelectorType()
    {
        Name = "TextSelector";
        Description = "Un passage d'une section : citation exacte avec son contexte, et position (TextQuoteSelector + TextPositionSelector). / A passage of a section: exact quote with its context, and position.";
        Field(s => s.Section).Description("Nom du champ de la section. / The section's field name.");
        Field(s => s.Exact);
        Field(s => s.Prefix);
        Field(s => s.Suffix);
        Field(s => s.Start);
        Field(s => s.End);
        this.FieldsGuardedByParent();
    }
}

/// <summary>An annotation as it stands on the version read.</summary>
public sealed class AnnotationOnVersionType : ObjectGraphType<AnchoredAnnotation>
{
    public AnnotationOnVersionType()
    {
        Name = "AnnotationOnVersion";
        Description = "Une annotation lue sur une version : à sa place, ré-ancrée, ou « sur une version antérieure ». / An annotation read on a version: in place, re-anchored, or 'on an earlier version'.";
        Field<NonNullGraphType<AnnotationType>>("annotation").Resolve(c => c.Source.Annotation);
        Field<NonNullGraphType<AnnotationAnchoringType>>("anchoring").Resolve(c => c.Source.Anchoring);
        Field<TextSelectorType>("selector")
            .Description("Le passage sur la version lue ; nul s'il n'y est plus (et pour une réponse). / The passage on the version read; null when gone (and for a reply).")
            .Resolve(c => c.Source.Selector);
        Field<StringGraphType>("note")
            .Description("Où elle se trouve, en mots, quand ce n'est pas sur cette version. / Where it stands, in words, when not on this version.")
            .Resolve(c => Note(c.Source));
        this.FieldsGuardedByParent();
    }

    private static string? Note(AnchoredAnnotation a) => a.Anchoring switch
    {
        AnnotationAnchoring.Reanchored => $"Ré-ancrée depuis la version {a.Annotation.Target.Version} / Re-anchored from version {a.Annotation.Target.Version}",
        AnnotationAnchoring.OnEarlierVersion => $"Sur une version antérieure (version {a.Annotation.Target.Version}) / On an earlier version (version {a.Annotation.Target.Version})",
        _ => null,
    };
}

/// <summary>One thread of a version's annotations, whole: a page of threads never splits one.</summary>
public sealed class AnnotationThreadType : ObjectGraphType<AnnotationThread>
{
    public AnnotationThreadType()
    {
        Name = "AnnotationThread";
        Description = "Un fil : sa première annotation, puis ses réponses dans l'ordre où elles ont été faites. / A thread: its first annotation, then its replies in the order they were made.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnnotationOnVersionType>>>>("annotations")
            .Description("Les annotations du fil que vous lisez, la première d'abord. / The thread's annotations you read, its first one first.")
            .WithComplexityImpact(1, AnnotationsPerThread)
            .Resolve(c => c.Source.Annotations);
        this.FieldsGuardedByParent();
    }

    /// <summary>A thread holds its first annotation and a few replies, for the complexity analyser.</summary>
    private const double AnnotationsPerThread = 3;
}

/// <summary>A page of a version's threads, newest first, as a Relay connection with a <c>nodes</c> shortcut.</summary>
public sealed class AnnotationThreadConnectionType : NodesConnectionType<AnnotationThreadType, AnnotationThread>
{
    public AnnotationThreadConnectionType()
        : base("AnnotationThreadConnection", "Les fils de la page. / The threads of the page.") =>
        Description = "Fils d'annotations d'une version, du plus récent au plus ancien. / A version's annotation threads, newest first.";
}
