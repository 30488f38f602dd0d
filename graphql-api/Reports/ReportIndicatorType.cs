using Cooperation.Grains.Reports;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Reports;

/// <summary>A result indicator of a report (IATI shape).</summary>
public sealed class ReportIndicatorType : ObjectGraphType<ReportIndicator>
{
    public ReportIndicatorType()
    {
        Name = "ReportIndicator";
        Description = "Indicateur de résultat (forme IATI) : code, intitulé, unité, valeurs de référence, cible et réalisée. / Result indicator (IATI shape): code, title, unit, baseline, target and actual values.";
        Field(i => i.Code).Description("Code, unique dans le rapport. / Code, unique in the report.");
        Field(i => i.Title).Description("Intitulé en français. / Title, in French.");
        Field(i => i.Unit).Description("Unité (agents, écoles, ordinateurs…). / Unit.");
        Field<DecimalGraphType>("baseline").Description("Valeur de référence. / Baseline.").Resolve(c => c.Source.Baseline);
        Field<DecimalGraphType>("target").Description("Cible. / Target.").Resolve(c => c.Source.Target);
        Field<DecimalGraphType>("actual").Description("Valeur réalisée sur la période. / Actual value for the period.").Resolve(c => c.Source.Actual);
        Field(i => i.Source, nullable: true).Description("D'où vient la valeur : calcul (quand et comment) ou source déclarée. / Where the value comes from: computation (when and how) or declared source.");
        Field<IndicatorFactType>("fact").Description("Fait dont la valeur est calculée ; null si elle est saisie. / Fact the value is computed from; null when typed.").Resolve(c => c.Source.Fact);
        Field<NonNullGraphType<BooleanGraphType>>("computed").Description("Valeur calculée à partir des faits enregistrés, non saisie. / Value computed from recorded facts, not typed.").Resolve(c => c.Source.Fact is not null);
        this.FieldsGuardedByParent();
    }
}

/// <summary>What a report says of an attached document.</summary>
public sealed class ReportAttachmentType : ObjectGraphType<ReportAttachment>
{
    public ReportAttachmentType()
    {
        Name = "ReportAttachment";
        Description = "Pièce jointe déclarée (nom, type, taille). / Declared attachment (name, type, size).";
        Field(a => a.Name).Description("Nom du fichier. / File name.");
        Field(a => a.ContentType).Description("Type de contenu (application/pdf…). / Content type.");
        Field<NonNullGraphType<LongGraphType>>("sizeBytes").Description("Taille en octets. / Size in bytes.").Resolve(c => c.Source.SizeBytes);
        this.FieldsGuardedByParent();
    }
}

/// <summary>The South side's answer to a submitted version.</summary>
public sealed class ReportReviewType : ObjectGraphType<ReportReview>
{
    public ReportReviewType()
    {
        Name = "ReportReview";
        Description = "Réponse du partenaire du Sud à une version soumise. / The South partner's answer to a submitted version.";
        Field<NonNullGraphType<ReportReviewOutcomeType>>("outcome").Resolve(c => c.Source.Outcome);
        Field(r => r.Comment).Description("Commentaires (vide si aucun). / Comments (empty if none).");
        Field(r => r.At).Description("Date et heure (UTC). / When (UTC).");
        Field(r => r.Reviewer).Description("Qui a répondu. / Who answered.");
        this.FieldsGuardedByParent();
    }
}
