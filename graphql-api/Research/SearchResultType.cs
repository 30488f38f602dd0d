using Cooperation.Grains.Research;
using Cooperation.GraphQL.Annotations;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Schema.Relay;

namespace Cooperation.GraphQL.Research;

/// <summary>One passage a search found, with its snippet and the words found marked in it.</summary>
public sealed class SearchResultType : ObjectGraphType<SearchHit>
{
    public SearchResultType()
    {
        Name = "SearchResult";
        Description = "Un passage trouvé : section d'un rapport ou d'un compte rendu de mission, ou annotation. / A passage found: a report's or mission report's section, or an annotation.";
        Field<NonNullGraphType<PartnershipType>>("partnership").Description("Le partenariat du passage. / The passage's partnership.")
            .ResolveAsync(async c => await PartnershipLookup.RequireAsync(c.Grains(), c.Source.Partnership));
        Field<NonNullGraphType<CorpusSourceType>>("source").Resolve(c => c.Source.Passage.Source);
        Field<NonNullGraphType<AnnotationTargetKindType>>("documentKind").Resolve(c => c.Source.Passage.DocumentKind);
        Field<NonNullGraphType<IdGraphType>>("documentId")
            .Description("Le rapport ou la mission (identifiant global). / The report or mission (global id).")
            .Resolve(c => AnnotationLookup.DocumentGlobalId(c.Source.Passage.DocumentKind, c.Source.Passage.DocumentId));
        Field<NonNullGraphType<StringGraphType>>("documentKey")
            .Description("La clé du document, pour l'écran d'annotation (« partenariat/période » ou « partenariat/mission »). / The document's key, for the annotation screen.")
            .Resolve(c => c.Source.Passage.DocumentId);
        Field<NonNullGraphType<StringGraphType>>("documentTitle").Description("Titre du document, en français. / The document's title, in French.")
            .Resolve(c => c.Source.Passage.DocumentTitle);
        Field<NonNullGraphType<IntGraphType>>("version")
            .Description("Version du texte, ou sur laquelle l'annotation a été faite. / The text's version, or the one the annotation was made on.")
            .Resolve(c => c.Source.Passage.Version);
        Field<NonNullGraphType<StringGraphType>>("section").Description("Nom du champ de la section (vide pour une réponse). / The section's field name (empty for a reply).")
            .Resolve(c => c.Source.Passage.Section);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("date").Description("Dépôt de la version, ou création de l'annotation. / When the version was filed, or the annotation made.")
            .Resolve(c => c.Source.Passage.Date);
        Field<AnnotationType>("annotation").Description("L'annotation trouvée ; nulle pour une section. / The annotation found; null for a section.")
            .Resolve(c => c.Source.Passage.Annotation);
        Field<NonNullGraphType<StringGraphType>>("snippet")
            .Description("Le passage autour du premier mot trouvé, « … » là où il est coupé. / The passage around the first word found, '…' where cut.")
            .Resolve(c => c.Source.Snippet);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TextRangeType>>>>("marks")
            .Description("Où sont les mots cherchés dans « snippet » (en unités UTF-16). / Where the searched words are in 'snippet' (UTF-16 units).")
            .Resolve(c => c.Source.Marks);
        this.FieldsGuardedByParent();
    }
}

public sealed class TextRangeType : ObjectGraphType<TextRange>
{
    public TextRangeType()
    {
        Name = "TextRange";
        Description = "Des caractères d'un texte, de start (inclus) à end (exclu). / A run of a text's characters, from start (included) to end (excluded).";
        Field(r => r.Start);
        Field(r => r.End);
        this.FieldsGuardedByParent();
    }
}

public sealed class CorpusSourceType : EnumerationGraphType<CorpusSource>
{
    public CorpusSourceType()
    {
        Name = "CorpusSource";
        Description = "D'où vient un passage trouvé : rapport d'avancement, compte rendu de mission ou annotation. / Where a passage found comes from: a progress report, a mission report or an annotation.";
    }
}

public sealed class SearchResultConnectionType : NodesConnectionType<SearchResultType, SearchHit>
{
    public SearchResultConnectionType()
        : base("SearchResultConnection", "Les passages de la page. / The passages of the page.") =>
        Description = "Passages trouvés, les plus pertinents d'abord. / Passages found, most relevant first.";
}
