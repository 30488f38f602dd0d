using Cooperation.GraphQL.Annotations;
using Cooperation.Grains.Funding.Applications;

namespace Cooperation.GraphQL.Funding;

public sealed class RubricCriterionInputType : InputObjectGraphType<RubricCriterionInput>
{
    public RubricCriterionInputType()
    {
        Name = "RubricCriterionInput";
        Description = "Critère de la grille. / A rubric criterion.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("Code unique (minuscules, chiffres, « - »). / Unique key.");
        Field<NonNullGraphType<StringGraphType>>("labelFr");
        Field<NonNullGraphType<StringGraphType>>("labelEn");
        Field<NonNullGraphType<IntGraphType>>("weight").Description("Poids relatif, 1 à 100. / Relative weight, 1 to 100.");
        Field<NonNullGraphType<IntGraphType>>("scaleMin").Description("Note la plus basse (souvent 0). / Lowest score.");
        Field<NonNullGraphType<IntGraphType>>("scaleMax").Description("Note la plus haute (souvent 5). / Highest score.");
    }
}

public sealed class CoFinancingLineInputType : InputObjectGraphType<CoFinancingLineInput>
{
    public CoFinancingLineInputType()
    {
        Name = "CoFinancingLineInput";
        Field<NonNullGraphType<StringGraphType>>("funder");
        Field<NonNullGraphType<DecimalGraphType>>("amount");
        Field<NonNullGraphType<BooleanGraphType>>("secured").Description("Acquis (sinon sollicité). / Secured (otherwise applied for).");
    }
}

public sealed class BudgetLineInputType : InputObjectGraphType<BudgetLineInput>
{
    public BudgetLineInputType()
    {
        Name = "BudgetLineInput";
        Field<NonNullGraphType<StringGraphType>>("label");
        Field<NonNullGraphType<DecimalGraphType>>("amount");
    }
}

public sealed class ApplicationPieceInputType : InputObjectGraphType<ApplicationPieceInput>
{
    public ApplicationPieceInputType()
    {
        Name = "ApplicationPieceInput";
        Description = "Pièce jointe : donnez l'identifiant du fichier envoyé ou la référence du document. / A piece: give the uploaded file's id or the document's reference.";
        Field<NonNullGraphType<PieceKindType>>("kind");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<StringGraphType>("uploadId");
        Field<StringGraphType>("documentReference");
    }
}

public sealed class CreateFundCallInputType : InputObjectGraphType<CreateFundCallInput>
{
    public CreateFundCallInputType()
    {
        Name = "CreateFundCallInput";
        Description = "Ouvrir un appel à projets (gestionnaires). / Open a call for projects (managers).";
        Field<NonNullGraphType<StringGraphType>>("clientMutationId");
        Field<NonNullGraphType<StringGraphType>>("code").Description("Code lisible et unique, ex. « fsn-2027 ». / Readable unique code.");
        Field<NonNullGraphType<IntGraphType>>("year");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<DecimalGraphType>>("envelope").Description("Enveloppe, en euros. / Envelope, in euros.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("deadline");
        Field<BooleanGraphType>("blindReview");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RubricCriterionInputType>>>>("criteria");
        Field<ListGraphType<NonNullGraphType<PieceKindType>>>("requiredPieces");
    }
}

public sealed class EditFundCallInputType : InputObjectGraphType<EditFundCallInput>
{
    public EditFundCallInputType()
    {
        Name = "EditFundCallInput";
        Description = "Modifier un appel ; la grille, les pièces et l'aveugle sont figés dès la première désignation. / Edit a call; rubric, pieces and blind review freeze at the first assignment.";
        Field<NonNullGraphType<StringGraphType>>("clientMutationId");
        Field<NonNullGraphType<IdGraphType>>("callId");
        Field<StringGraphType>("title");
        Field<DecimalGraphType>("envelope");
        Field<DateTimeOffsetGraphType>("deadline");
        Field<BooleanGraphType>("blindReview");
        Field<ListGraphType<NonNullGraphType<RubricCriterionInputType>>>("criteria");
        Field<ListGraphType<NonNullGraphType<PieceKindType>>>("requiredPieces");
    }
}

/// <summary>The content parts shared by drafting and editing an application.</summary>
internal static class ApplicationContentInputFields
{
    public static void AddApplicationContentInputFields<T>(this InputObjectGraphType<T> type)
    {
        type.Field<StringGraphType>("title").Description($"{FundApplicationRules.MaxTitleLength} caractères au plus. / At most {FundApplicationRules.MaxTitleLength} characters.");
        type.Field<StringGraphType>("description").Description($"{FundApplicationRules.MaxDescriptionLength} caractères au plus. / At most {FundApplicationRules.MaxDescriptionLength} characters.");
        type.Field<StringGraphType>("expectedResults").Description($"{FundApplicationRules.MaxResultsLength} caractères au plus. / At most {FundApplicationRules.MaxResultsLength} characters.");
        type.Field<DecimalGraphType>("requestedAmount").Description("Montant demandé au Fonds, en euros. / Amount requested, in euros.");
        type.Field<ListGraphType<NonNullGraphType<CoFinancingLineInputType>>>("coFinancing");
        type.Field<ListGraphType<NonNullGraphType<BudgetLineInputType>>>("budget");
        type.Field<ListGraphType<NonNullGraphType<ApplicationPieceInputType>>>("pieces");
    }
}

public sealed class DraftFundApplicationInputType : InputObjectGraphType<DraftFundApplicationInput>
{
    public DraftFundApplicationInputType()
    {
        Name = "DraftFundApplicationInput";
        Description = "Rédiger le dossier d'un partenariat à un appel (collectivité française ; un seul par partenariat et appel). / Draft a partnership's application to a call (French authority; one per partnership and call).";
        Field<NonNullGraphType<StringGraphType>>("clientMutationId");
        Field<NonNullGraphType<IdGraphType>>("callId");
        Field<NonNullGraphType<IdGraphType>>("partnershipId");
        this.AddApplicationContentInputFields();
    }
}

public sealed class EditFundApplicationInputType : InputObjectGraphType<EditFundApplicationInput>
{
    public EditFundApplicationInputType()
    {
        Name = "EditFundApplicationInput";
        Description = "Modifier le brouillon ; une partie omise reste telle quelle. / Edit the draft; a part left out stays as it is.";
        Field<NonNullGraphType<StringGraphType>>("clientMutationId");
        Field<NonNullGraphType<IdGraphType>>("applicationId");
        Field<IntGraphType>("expectedRevision");
        this.AddApplicationContentInputFields();
    }
}

/// <summary>Declares the input of an action on an existing application: clientMutationId, applicationId and its own fields.</summary>
public abstract class ApplicationChangeInputType<T> : InputObjectGraphType<T> where T : ApplicationChangeInput
{
    protected ApplicationChangeInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<StringGraphType>>("clientMutationId");
        Field<NonNullGraphType<IdGraphType>>("applicationId");
    }
}

public sealed class SubmitFundApplicationInputType() : ApplicationChangeInputType<SubmitFundApplicationInput>(
    "SubmitFundApplicationInput", "Déposer le dossier. / File the application.");

public sealed class ReturnFundApplicationInputType : ApplicationChangeInputType<ReturnFundApplicationInput>
{
    public ReturnFundApplicationInputType() : base("ReturnFundApplicationInput", "Renvoyer pour compléments. / Return for completion.") =>
        Field<NonNullGraphType<StringGraphType>>("reason");
}

public sealed class GrantFundApplicationInputType : ApplicationChangeInputType<GrantFundApplicationInput>
{
    public GrantFundApplicationInputType() : base("GrantFundApplicationInput", "Accorder la subvention. / Grant the application.")
    {
        Field<NonNullGraphType<DecimalGraphType>>("amount").Description("Au plus le montant demandé. / At most the requested amount.");
        Field<NonNullGraphType<StringGraphType>>("reasons");
        Field<DateOnlyGraphType>("periodStart").Description("Début de la période des rapports attendus (1er janvier de l'année de l'appel par défaut). / Start of the reporting period.");
        Field<DateOnlyGraphType>("periodEnd").Description("Fin de cette période (31 décembre de l'année suivante par défaut). / End of the reporting period.");
    }
}

public sealed class DeclineFundApplicationInputType : ApplicationChangeInputType<DeclineFundApplicationInput>
{
    public DeclineFundApplicationInputType() : base("DeclineFundApplicationInput", "Refuser le dossier. / Decline the application.") =>
        Field<NonNullGraphType<StringGraphType>>("reasons");
}

public sealed class AssignReviewerInputType : ApplicationChangeInputType<AssignReviewerInput>
{
    public AssignReviewerInputType() : base("AssignReviewerInput",
        "Désigner un instructeur ; un conflit d'intérêts détecté bloque sauf dérogation motivée. / Assign a reviewer; a detected conflict blocks unless overridden with a reason.")
    {
        Field<NonNullGraphType<StringGraphType>>("reviewerEmail");
        Field<StringGraphType>("overrideReason").Description("Motif de la dérogation au conflit détecté. / Why the detected conflict is overridden.");
    }
}

public sealed class DeclareConflictOfInterestInputType : ApplicationChangeInputType<DeclareConflictOfInterestInput>
{
    public DeclareConflictOfInterestInputType() : base("DeclareConflictOfInterestInput", "Déclarer un lien d'intérêts. / Declare an interest.") =>
        Field<NonNullGraphType<StringGraphType>>("statement");
}

public sealed class RecuseFromReviewInputType : ApplicationChangeInputType<RecuseFromReviewInput>
{
    public RecuseFromReviewInputType() : base("RecuseFromReviewInput", "Se déporter du dossier. / Recuse from the application.") =>
        Field<NonNullGraphType<StringGraphType>>("reason");
}

public sealed class ScoreFundApplicationInputType : ApplicationChangeInputType<ScoreFundApplicationInput>
{
    public ScoreFundApplicationInputType() : base("ScoreFundApplicationInput",
        "Noter un critère, avec une justification et des passages cités. / Score one criterion, with a justification and cited passages.")
    {
        Field<NonNullGraphType<StringGraphType>>("criterion").Description("Code du critère. / The criterion's key.");
        Field<NonNullGraphType<IntGraphType>>("score");
        Field<NonNullGraphType<StringGraphType>>("justification");
        Field<ListGraphType<NonNullGraphType<TextSelectorInputType>>>("citations");
    }
}

public sealed class SubmitReviewInputType : ApplicationChangeInputType<SubmitReviewInput>
{
    public SubmitReviewInputType() : base("SubmitReviewInput", "Transmettre son évaluation. / Submit one's review.") =>
        Field<StringGraphType>("comment");
}
