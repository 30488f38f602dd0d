using Cooperation.Grains.Annotations;

namespace Cooperation.GraphQL.Annotations;

public sealed class AnnotationTargetKindType : EnumerationGraphType<AnnotationTargetKind>
{
    public AnnotationTargetKindType()
    {
        Name = "AnnotationTargetKind";
        Description = "Document annoté : version d'un rapport d'avancement, d'un compte rendu de mission ou d'un dossier de candidature au Fonds. / Annotated document: a progress report's, a mission report's or a fund application's version.";
    }
}

public sealed class AnnotationMotivationType : EnumerationGraphType<AnnotationMotivation>
{
    public AnnotationMotivationType()
    {
        Name = "AnnotationMotivation";
        Description = "Motivation (W3C) : commenter, questionner, étiqueter, évaluer, répondre. / Motivation (W3C): commenting, questioning, tagging, assessing, replying.";
    }
}

public sealed class AnnotationVisibilityType : EnumerationGraphType<AnnotationVisibility>
{
    public AnnotationVisibilityType()
    {
        Name = "AnnotationVisibility";
        Description = "Qui la lit : soi seul, son équipe de recherche, tout le partenariat ; sur un dossier de candidature, TEAM et PARTNERSHIP sont lues par les gestionnaires et instructeurs du dossier, jamais par le candidat. / Who reads it: oneself, one's research team, the whole partnership; on an application, TEAM and PARTNERSHIP are read by its managers and reviewers, never by the applicant.";
    }
}

public sealed class AnnotationLanguageType : EnumerationGraphType<AnnotationLanguage>
{
    public AnnotationLanguageType()
    {
        Name = "AnnotationLanguage";
        Description = "Langue du texte : FR ou EN. / Language of the text: FR or EN.";
    }
}

public sealed class AnnotationAnchoringType : EnumerationGraphType<AnnotationAnchoring>
{
    public AnnotationAnchoringType()
    {
        Name = "AnnotationAnchoring";
        Description = "Sur cette version, ré-ancrée depuis une version antérieure, ou sur une version antérieure seulement. / On this version, re-anchored from an earlier one, or on an earlier version only.";
    }
}
