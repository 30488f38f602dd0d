using Cooperation.GraphQL.Annotations;
using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Funding.Calls;
using Cooperation.Grains.Funding.Reviews;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Reports;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Funding;

public sealed class CoFinancingLineType : ObjectGraphType<CoFinancingLine>
{
    public CoFinancingLineType()
    {
        Name = "CoFinancingLine";
        Description = "Ligne du plan de cofinancement. / A co-financing line.";
        Field(l => l.Funder).Description("Cofinanceur. / Co-funder.");
        Field<NonNullGraphType<DecimalGraphType>>("amount").Resolve(c => c.Source.Amount);
        Field(l => l.Secured).Description("Acquis (sinon sollicité). / Secured (otherwise applied for).");
        this.FieldsGuardedByParent();
    }
}

public sealed class BudgetLineType : ObjectGraphType<BudgetLine>
{
    public BudgetLineType()
    {
        Name = "BudgetLine";
        Description = "Ligne du budget prévisionnel. / A budget line.";
        Field(l => l.Label);
        Field<NonNullGraphType<DecimalGraphType>>("amount").Resolve(c => c.Source.Amount);
        this.FieldsGuardedByParent();
    }
}

public sealed class ApplicationPieceType : ObjectGraphType<ApplicationPiece>
{
    public ApplicationPieceType()
    {
        Name = "ApplicationPiece";
        Description = "Pièce jointe au dossier : fichier envoyé ou référence d'un document. / A piece of the file: an uploaded file or a document reference.";
        Field<NonNullGraphType<PieceKindType>>("kind").Resolve(c => c.Source.Kind);
        Field(p => p.Name);
        Field<StringGraphType>("uploadId").Resolve(c => c.Source.UploadId);
        Field<StringGraphType>("documentReference").Resolve(c => c.Source.DocumentReference);
        this.FieldsGuardedByParent();
    }
}

public sealed class ChecklistItemType : ObjectGraphType<ChecklistItem>
{
    public ChecklistItemType()
    {
        Name = "ChecklistItem";
        Description = "Ligne de la liste de contrôle. / A checklist line.";
        Field<NonNullGraphType<ChecklistCheckType>>("check").Resolve(c => c.Source.Check);
        Field<PieceKindType>("piece").Description("La pièce exigée, pour REQUIRED_PIECE. / The required piece, for REQUIRED_PIECE.").Resolve(c => c.Source.Piece);
        Field(i => i.Satisfied);
        Field<NonNullGraphType<StringGraphType>>("message")
            .Description("Ce qu'il en est, ou ce qu'il faut faire, en français puis en anglais. / Where it stands, or what to do, French then English.")
            .Resolve(c => $"{c.Source.MessageFr} / {c.Source.MessageEn}");
        this.FieldsGuardedByParent();
    }
}

public sealed class ApplicationReturnType : ObjectGraphType<ApplicationReturn>
{
    public ApplicationReturnType()
    {
        Name = "FundApplicationReturn";
        Description = "Renvoi pour compléments. / A return for completion.";
        Field(r => r.Version).Description("Version renvoyée. / The version returned.");
        Field(r => r.Reason);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
        Field(r => r.By);
        this.FieldsGuardedByParent();
    }
}

public sealed class FundDecisionType : ObjectGraphType<FundDecision>
{
    public FundDecisionType()
    {
        Name = "FundDecision";
        Description = "Décision : accordé (montant, période des rapports attendus) ou refusé, avec les motifs. / Decision: granted (amount, reporting period) or declined, with reasons.";
        Field(d => d.Granted);
        Field<DecimalGraphType>("amount").Resolve(c => c.Source.Amount);
        Field(d => d.Reasons);
        Field<DateOnlyGraphType>("periodStart").Resolve(c => c.Source.PeriodStart);
        Field<DateOnlyGraphType>("periodEnd").Resolve(c => c.Source.PeriodEnd);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("decidedAt").Resolve(c => c.Source.DecidedAt);
        Field(d => d.DecidedBy);
        this.FieldsGuardedByParent();
    }
}

public sealed class ReportingDutyType : ObjectGraphType<ReportingDuty>
{
    public ReportingDutyType()
    {
        Name = "ReportingDuty";
        Description = "Rapport d'avancement attendu au titre d'une subvention, où il en est. / A progress report a grant expects, and where it stands.";
        Field<NonNullGraphType<IdGraphType>>("reportId").Resolve(c => ReportLookup.GlobalIdOf(c.Source.ReportKey));
        Field<NonNullGraphType<DateOnlyGraphType>>("periodStart").Resolve(c => c.Source.PeriodStart);
        Field<NonNullGraphType<DateOnlyGraphType>>("periodEnd").Resolve(c => c.Source.PeriodEnd);
        Field<NonNullGraphType<DateOnlyGraphType>>("dueOn").Resolve(c => c.Source.DueOn);
        Field<NonNullGraphType<ReportStatusType>>("status").Resolve(c => c.Source.Status);
        Field(d => d.SubmittedVersions);
        Field(d => d.Overdue);
        this.FieldsGuardedByParent();
    }
}

/// <summary>A review with the rubric it is scored on and whether its reader reads blind.</summary>
public sealed record FundReviewNode(ReviewAssignment Review, IReadOnlyList<RubricCriterion> Criteria, bool Blind);

public sealed class FundReviewType : ObjectGraphType<FundReviewNode>
{
    public FundReviewType()
    {
        Name = "FundReview";
        Description = "Un instructeur sur un dossier : désignation, conflits, déport, notes. / One reviewer on one file: assignment, conflicts, recusal, scores.";
        Field<NonNullGraphType<StringGraphType>>("reviewer").Resolve(c => c.Source.Review.ReviewerName);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("assignedAt").Resolve(c => c.Source.Review.AssignedAt);
        Field<NonNullGraphType<StringGraphType>>("assignedBy").Resolve(c => c.Source.Review.AssignedBy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PossibleConflictType>>>>("detectedConflicts")
            .WithComplexityImpact(1, FundComplexity.ConflictsPerReview)
            .Description("Liens trouvés dans le graphe des partenariats à la désignation. / Ties found in the partnership graph at assignment.")
            .Resolve(c => c.Source.Blind ? [] : c.Source.Review.DetectedConflicts);
        Field<StringGraphType>("overrideReason")
            .Description("Pourquoi un gestionnaire a passé outre le conflit détecté. / Why a manager overrode the detected conflict.")
            .Resolve(c => c.Source.Review.OverrideReason);
        Field<StringGraphType>("declaredConflict").Description("Lien d'intérêts déclaré par l'instructeur. / Interest declared by the reviewer.")
            .Resolve(c => c.Source.Review.DeclaredConflict);
        Field<NonNullGraphType<BooleanGraphType>>("recused").Resolve(c => c.Source.Review.Recused);
        Field<StringGraphType>("recusalReason").Resolve(c => c.Source.Review.RecusalReason);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriterionScoreType>>>>("scores")
            .WithComplexityImpact(1, FundComplexity.ScoresPerReview).Resolve(c => c.Source.Review.Scores);
        Field<DecimalGraphType>("weightedScore")
            .Description("Note pondérée sur 100 une fois chaque critère noté. / Weighted score out of 100 once every criterion is scored.")
            .Resolve(c => ReviewScoring.Weighted(c.Source.Criteria, c.Source.Review.Scores));
        Field<StringGraphType>("comment").Resolve(c => c.Source.Review.Comment);
        Field<NonNullGraphType<BooleanGraphType>>("submitted").Resolve(c => c.Source.Review.Submitted);
        Field<DateTimeOffsetGraphType>("submittedAt").Resolve(c => c.Source.Review.SubmittedAt);
        this.FieldsGuardedByParent();
    }
}

public sealed class PossibleConflictType : ObjectGraphType<PossibleConflict>
{
    public PossibleConflictType()
    {
        Name = "PossibleConflict";
        Description = "Conflit d'intérêts possible trouvé dans le graphe des partenariats. / A possible conflict of interest found in the partnership graph.";
        this.AddPartnershipId(p => p.PartnershipSlug);
        Field<NonNullGraphType<StringGraphType>>("reason").Resolve(c => $"{c.Source.ReasonFr} / {c.Source.ReasonEn}");
        this.FieldsGuardedByParent();
    }
}

public sealed class CriterionScoreType : ObjectGraphType<CriterionScore>
{
    public CriterionScoreType()
    {
        Name = "CriterionScore";
        Description = "Note d'un critère, sa justification et les passages cités. / A criterion's score, its justification and the passages cited.";
        Field(s => s.CriterionKey);
        Field(s => s.Score);
        Field(s => s.Justification);
        Field(s => s.Version).Description("Version déposée dans laquelle pointent les citations. / The filed version the citations point into.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TextSelectorType>>>>("citations")
            .WithComplexityImpact(1, FundComplexity.CitationsPerScore).Resolve(c => c.Source.Citations);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
        this.FieldsGuardedByParent();
    }
}
