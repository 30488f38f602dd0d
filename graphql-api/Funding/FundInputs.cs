using Cooperation.GraphQL.Annotations;
using Cooperation.Grains.Annotations;
using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Funding.Calls;
using Cooperation.GraphQL.Schema;

namespace Cooperation.GraphQL.Funding;

public sealed class RubricCriterionInput
{
    public string Key { get; set; } = "";
    public string LabelFr { get; set; } = "";
    public string LabelEn { get; set; } = "";
    public int Weight { get; set; }
    public int ScaleMin { get; set; }
    public int ScaleMax { get; set; }

    public RubricCriterion ToCriterion() => new(Key, LabelFr, LabelEn, Weight, ScaleMin, ScaleMax);
}

public sealed class CoFinancingLineInput
{
    public string Funder { get; set; } = "";
    public decimal Amount { get; set; }
    public bool Secured { get; set; }

    public CoFinancingLine ToLine() => new(Funder, Amount, Secured);
}

public sealed class BudgetLineInput
{
    public string Label { get; set; } = "";
    public decimal Amount { get; set; }

    public BudgetLine ToLine() => new(Label, Amount);
}

public sealed class ApplicationPieceInput
{
    public PieceKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string? UploadId { get; set; }
    public string? DocumentReference { get; set; }

    public ApplicationPiece ToPiece() => new(Kind, Name, UploadId, DocumentReference);
}

public sealed class CreateFundCallInput : IClientMutationInput
{
    public string ClientMutationId { get; set; } = "";
    public string Code { get; set; } = "";
    public int Year { get; set; }
    public string Title { get; set; } = "";
    public decimal Envelope { get; set; }
    public DateTimeOffset Deadline { get; set; }
    public bool? BlindReview { get; set; }
    public List<RubricCriterionInput> Criteria { get; set; } = [];
    public List<PieceKind>? RequiredPieces { get; set; }
}

public sealed class EditFundCallInput : IClientMutationInput
{
    public string ClientMutationId { get; set; } = "";
    public string CallId { get; set; } = "";
    public string? Title { get; set; }
    public decimal? Envelope { get; set; }
    public DateTimeOffset? Deadline { get; set; }
    public bool? BlindReview { get; set; }
    public List<RubricCriterionInput>? Criteria { get; set; }
    public List<PieceKind>? RequiredPieces { get; set; }
}

/// <summary>The content parts shared by drafting and editing; a part left out is empty (draft) or unchanged (edit).</summary>
public abstract class ApplicationContentInput
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? ExpectedResults { get; set; }
    public decimal? RequestedAmount { get; set; }
    public List<CoFinancingLineInput>? CoFinancing { get; set; }
    public List<BudgetLineInput>? Budget { get; set; }
    public List<ApplicationPieceInput>? Pieces { get; set; }
}

public sealed class DraftFundApplicationInput : ApplicationContentInput, IClientMutationInput
{
    public string ClientMutationId { get; set; } = "";
    public string CallId { get; set; } = "";
    public string PartnershipId { get; set; } = "";

    public ApplicationContent ToContent() => new(
        Title ?? "", Description ?? "", ExpectedResults ?? "", RequestedAmount ?? 0,
        CoFinancing?.Select(l => l.ToLine()).ToList() ?? [], Budget?.Select(l => l.ToLine()).ToList() ?? [],
        Pieces?.Select(p => p.ToPiece()).ToList() ?? []);
}

/// <summary>What every action on an existing application carries.</summary>
public abstract class ApplicationChangeInput : IClientMutationInput
{
    public string ClientMutationId { get; set; } = "";
    public string ApplicationId { get; set; } = "";
}

public sealed class EditFundApplicationInput : ApplicationChangeInput
{
    public int? ExpectedRevision { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? ExpectedResults { get; set; }
    public decimal? RequestedAmount { get; set; }
    public List<CoFinancingLineInput>? CoFinancing { get; set; }
    public List<BudgetLineInput>? Budget { get; set; }
    public List<ApplicationPieceInput>? Pieces { get; set; }
}

public sealed class SubmitFundApplicationInput : ApplicationChangeInput;

public sealed class ReturnFundApplicationInput : ApplicationChangeInput
{
    public string Reason { get; set; } = "";
}

public sealed class GrantFundApplicationInput : ApplicationChangeInput
{
    public decimal Amount { get; set; }
    public string Reasons { get; set; } = "";
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
}

public sealed class DeclineFundApplicationInput : ApplicationChangeInput
{
    public string Reasons { get; set; } = "";
}

public sealed class AssignReviewerInput : ApplicationChangeInput
{
    public string ReviewerEmail { get; set; } = "";
    public string? OverrideReason { get; set; }
}

public sealed class DeclareConflictOfInterestInput : ApplicationChangeInput
{
    public string Statement { get; set; } = "";
}

public sealed class RecuseFromReviewInput : ApplicationChangeInput
{
    public string Reason { get; set; } = "";
}

public sealed class ScoreFundApplicationInput : ApplicationChangeInput
{
    public string Criterion { get; set; } = "";
    public int Score { get; set; }
    public string Justification { get; set; } = "";
    public List<TextSelectorInput>? Citations { get; set; }
}

public sealed class SubmitReviewInput : ApplicationChangeInput
{
    public string? Comment { get; set; }
}
