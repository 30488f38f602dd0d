using Cooperation.GraphQL.Schema;

namespace Cooperation.GraphQL.Reports;

/// <summary>CLR shape of <c>ReportIndicatorInput</c>.</summary>
public sealed class ReportIndicatorInput
{
    public string Code { get; set; } = "";
    public string Title { get; set; } = "";
    public string Unit { get; set; } = "";
    public decimal? Baseline { get; set; }
    public decimal? Target { get; set; }
    public decimal? Actual { get; set; }
    public string? Source { get; set; }
    public Grains.Reports.IndicatorFact? Fact { get; set; }

    public Grains.Reports.ReportIndicator ToIndicator() => new(Code, Title, Unit, Baseline, Target, Actual, Source, Fact);
}

/// <summary>CLR shape of <c>ReportAttachmentInput</c>.</summary>
public sealed class ReportAttachmentInput
{
    public string Name { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long SizeBytes { get; set; }

    public Grains.Reports.ReportAttachment ToAttachment() => new(Name, ContentType, SizeBytes);
}

/// <summary>CLR shape of <c>DraftReportInput</c>.</summary>
public sealed class DraftReportInput : IClientMutationInput
{
    public string ClientMutationId { get; set; } = "";
    public string PartnershipId { get; set; } = "";
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public string? Activities { get; set; }
    public string? Results { get; set; }
    public string? Difficulties { get; set; }
    public string? NextSteps { get; set; }
    public List<ReportIndicatorInput>? Indicators { get; set; }
    public List<string>? MilestoneIds { get; set; }
    public List<ReportAttachmentInput>? Attachments { get; set; }
}

/// <summary>What every action on an existing report carries.</summary>
public abstract class ReportChangeInput : IClientMutationInput
{
    public string ClientMutationId { get; set; } = "";
    public string ReportId { get; set; } = "";
}

/// <summary>CLR shape of <c>EditReportInput</c>: a part left out stays as it is.</summary>
public sealed class EditReportInput : ReportChangeInput
{
    public int? ExpectedRevision { get; set; }
    public string? Activities { get; set; }
    public string? Results { get; set; }
    public string? Difficulties { get; set; }
    public string? NextSteps { get; set; }
    public List<ReportIndicatorInput>? Indicators { get; set; }
    public List<string>? MilestoneIds { get; set; }
    public List<ReportAttachmentInput>? Attachments { get; set; }
}

/// <summary>CLR shape of <c>SubmitReportInput</c>.</summary>
public sealed class SubmitReportInput : ReportChangeInput;

/// <summary>CLR shape of <c>AcknowledgeReportInput</c>.</summary>
public sealed class AcknowledgeReportInput : ReportChangeInput
{
    public string? Comment { get; set; }
}

/// <summary>CLR shape of <c>ReturnReportInput</c>.</summary>
public sealed class ReturnReportInput : ReportChangeInput
{
    public string Comment { get; set; } = "";
}
