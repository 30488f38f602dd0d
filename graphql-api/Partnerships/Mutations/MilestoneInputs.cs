using Cooperation.GraphQL.Schema;

namespace Cooperation.GraphQL.Partnerships.Mutations;

/// <summary>CLR shape of <c>PlanMilestoneInput</c>.</summary>
public sealed class PlanMilestoneInput : IClientMutationInput
{
    public string ClientMutationId { get; set; } = "";
    public string PartnershipId { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public Grains.Partnerships.PartnershipSide Side { get; set; }
    public DateOnly? StartOn { get; set; }
    public DateOnly DueOn { get; set; }
}

/// <summary>What every change to an existing milestone carries.</summary>
public abstract class MilestoneChangeInput : IClientMutationInput
{
    public string ClientMutationId { get; set; } = "";
    public string MilestoneId { get; set; } = "";
    public int? ExpectedVersion { get; set; }
}

/// <summary>CLR shape of <c>EditMilestoneInput</c>.</summary>
public sealed class EditMilestoneInput : MilestoneChangeInput
{
    public string? Title { get; set; }
    public string? Description { get; set; }
}

/// <summary>CLR shape of <c>RescheduleMilestoneInput</c>.</summary>
public sealed class RescheduleMilestoneInput : MilestoneChangeInput
{
    public DateOnly? StartOn { get; set; }

    /// <summary>True when the input named <c>startOn</c>, even as null: an omitted start date is kept, a null one cleared.</summary>
    public bool StartOnGiven { get; set; }

    public DateOnly DueOn { get; set; }
}

/// <summary>CLR shape of <c>RecordMilestoneProgressInput</c>.</summary>
public sealed class RecordMilestoneProgressInput : MilestoneChangeInput
{
    public int Progress { get; set; }
}

/// <summary>CLR shape of <c>CompleteMilestoneInput</c>.</summary>
public sealed class CompleteMilestoneInput : MilestoneChangeInput;

/// <summary>CLR shape of <c>CancelMilestoneInput</c>.</summary>
public sealed class CancelMilestoneInput : MilestoneChangeInput
{
    public string Reason { get; set; } = "";
}
