using Cooperation.Grains.Reports;

namespace Cooperation.GraphQL.Reports;

public sealed class ReportIndicatorInputType : InputObjectGraphType<ReportIndicatorInput>
{
    public ReportIndicatorInputType()
    {
        Name = "ReportIndicatorInput";
        Description = "Indicateur de résultat (forme IATI). / Result indicator (IATI shape).";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Code unique dans le rapport (minuscules, chiffres, - _ .). / Code, unique in the report.");
        Field<NonNullGraphType<StringGraphType>>("title").Description($"Intitulé en français, {ReportRules.MaxIndicatorTitleLength} caractères au plus. / Title in French.");
        Field<NonNullGraphType<StringGraphType>>("unit").Description("Unité (agents, écoles…). / Unit.");
        Field<DecimalGraphType>("baseline");
        Field<DecimalGraphType>("target");
        Field<DecimalGraphType>("actual");
        Field<StringGraphType>("source").Description("D'où vient une valeur saisie (enquête, registre…). / Where a typed value comes from (survey, register…).");
        Field<IndicatorFactType>("fact")
            .Description("Calculer la valeur réalisée à partir de ce fait au lieu de la saisir (ne donnez alors ni « actual » ni « source »). / Compute the actual value from this fact instead of typing it (then give neither 'actual' nor 'source').");
    }
}

public sealed class ReportAttachmentInputType : InputObjectGraphType<ReportAttachmentInput>
{
    public ReportAttachmentInputType()
    {
        Name = "ReportAttachmentInput";
        Description = "Pièce jointe déclarée (le fichier n'est pas envoyé ici). / Declared attachment (the file is not uploaded here).";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("contentType");
        Field<NonNullGraphType<LongGraphType>>("sizeBytes");
    }
}

/// <summary>The content parts shared by drafting and editing.</summary>
internal static class ReportContentInputFields
{
    public static void AddContentInputFields<T>(this InputObjectGraphType<T> type)
    {
        var limit = $"{ReportRules.MaxSectionLength} caractères au plus. / At most {ReportRules.MaxSectionLength} characters.";
        type.Field<StringGraphType>("activities").Description($"Activités menées ; {limit}");
        type.Field<StringGraphType>("results").Description($"Résultats obtenus ; {limit}");
        type.Field<StringGraphType>("difficulties").Description($"Difficultés rencontrées ; {limit}");
        type.Field<StringGraphType>("nextSteps").Description($"Prochaines étapes ; {limit}");
        type.Field<ListGraphType<NonNullGraphType<ReportIndicatorInputType>>>("indicators");
        type.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("milestoneIds").Description("Jalons du partenariat (identifiants globaux). / The partnership's milestones (global ids).");
        type.Field<ListGraphType<NonNullGraphType<ReportAttachmentInputType>>>("attachments");
    }
}

public sealed class DraftReportInputType : InputObjectGraphType<DraftReportInput>
{
    public DraftReportInputType()
    {
        Name = "DraftReportInput";
        Description = "Rédiger le rapport d'une période (un seul par partenariat et période). / Draft the report of a period (one per partnership and period).";
        Field<NonNullGraphType<StringGraphType>>("clientMutationId");
        Field<NonNullGraphType<IdGraphType>>("partnershipId").Description("Partenariat (identifiant global ou lisible). / Partnership (global or readable id).");
        Field<NonNullGraphType<DateOnlyGraphType>>("periodStart");
        Field<NonNullGraphType<DateOnlyGraphType>>("periodEnd");
        this.AddContentInputFields();
    }
}

public sealed class EditReportInputType : InputObjectGraphType<EditReportInput>
{
    public EditReportInputType()
    {
        Name = "EditReportInput";
        Description = "Modifier le brouillon ; une partie omise reste inchangée. / Edit the draft; a part left out stays unchanged.";
        Field<NonNullGraphType<StringGraphType>>("clientMutationId");
        Field<NonNullGraphType<IdGraphType>>("reportId");
        Field<IntGraphType>("expectedRevision").Description("Révision affichée ; si le rapport a changé depuis, CONFLICT. / Revision shown; CONFLICT if it changed since.");
        this.AddContentInputFields();
    }
}

public sealed class SubmitReportInputType : InputObjectGraphType<SubmitReportInput>
{
    public SubmitReportInputType()
    {
        Name = "SubmitReportInput";
        Description = "Soumettre le brouillon, qui devient une version figée. / Submit the draft, which becomes a frozen version.";
        Field<NonNullGraphType<StringGraphType>>("clientMutationId");
        Field<NonNullGraphType<IdGraphType>>("reportId");
    }
}

public sealed class AcknowledgeReportInputType : InputObjectGraphType<AcknowledgeReportInput>
{
    public AcknowledgeReportInputType()
    {
        Name = "AcknowledgeReportInput";
        Description = "Prendre en compte la version soumise. / Acknowledge the submitted version.";
        Field<NonNullGraphType<StringGraphType>>("clientMutationId");
        Field<NonNullGraphType<IdGraphType>>("reportId");
        Field<StringGraphType>("comment").Description($"Commentaires, {ReportRules.MaxCommentLength} caractères au plus. / Comments.");
    }
}

public sealed class ReturnReportInputType : InputObjectGraphType<ReturnReportInput>
{
    public ReturnReportInputType()
    {
        Name = "ReturnReportInput";
        Description = "Renvoyer la version soumise pour modifications. / Return the submitted version for changes.";
        Field<NonNullGraphType<StringGraphType>>("clientMutationId");
        Field<NonNullGraphType<IdGraphType>>("reportId");
        Field<NonNullGraphType<StringGraphType>>("comment").Description("Ce qu'il faut modifier (obligatoire). / What needs changing (required).");
    }
}
