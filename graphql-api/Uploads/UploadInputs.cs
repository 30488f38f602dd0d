using Cooperation.GraphQL.Schema;

namespace Cooperation.GraphQL.Uploads;

/// <summary>What every upload action carries: the action id (a sync batch reports each result by it) and which upload.</summary>
public abstract class UploadChangeInput : IClientMutationInput
{
    public string ClientMutationId { get; set; } = "";
    public string PartnershipId { get; set; } = "";
    public string UploadId { get; set; } = "";
}

/// <summary>CLR shape of <c>AnnounceUploadInput</c>.</summary>
public sealed class AnnounceUploadInput : UploadChangeInput
{
    public string ContentType { get; set; } = "";
    public int Size { get; set; }
    public string Sha256 { get; set; } = "";
    public string? ShipmentId { get; set; }
    public string? ItemId { get; set; }
    public string? ReportId { get; set; }
    public string? ApplicationId { get; set; }
    public int? LedgerYear { get; set; }
}

/// <summary>CLR shape of <c>CommitUploadInput</c>.</summary>
public sealed class CommitUploadInput : UploadChangeInput;

/// <summary>CLR shape of <c>RestartUploadInput</c>.</summary>
public sealed class RestartUploadInput : UploadChangeInput;
