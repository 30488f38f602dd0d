using Cooperation.Grains.Funding.Reviews;

namespace Cooperation.Grains.Funding.Applications;

/// <summary>Persisted state of one application: its draft, its frozen versions, its reviewers, its decision.</summary>
[GenerateSerializer]
public sealed class FundApplicationState
{
    [Id(0)] public bool Created { get; set; }
    [Id(1)] public string PartnershipSlug { get; set; } = "";
    [Id(2)] public ApplicationStatus Status { get; set; }

    /// <summary>The open draft, or the latest filed content when no draft is open.</summary>
    [Id(3)] public ApplicationContent Content { get; set; } = ApplicationContent.Empty;

    /// <summary>Filed versions, numbered from 1; a version's content never changes.</summary>
    [Id(4)] public List<ApplicationVersion> Versions { get; set; } = [];

    [Id(5)] public List<ReviewAssignment> Assignments { get; set; } = [];
    [Id(6)] public FundDecision? Decision { get; set; }
    [Id(7)] public ApplicationReturn? LatestReturn { get; set; }

    /// <summary>Append-only.</summary>
    [Id(8)] public List<HistoryEntry> History { get; set; } = [];

    /// <summary>Applied client mutation ids, kept for the life of the application.</summary>
    [Id(9)] public Dictionary<string, ActionReceipt> Receipts { get; set; } = [];

    [Id(10)] public long Version { get; set; }
    [Id(11)] public DateTimeOffset CreatedAt { get; set; }
    [Id(12)] public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Reviewers whose index has not yet acknowledged this application; retried at the next activation.</summary>
    [Id(13)] public List<string> IndexPending { get; set; } = [];

    /// <summary>
    /// The fund's commitment a grant owes its partnership's ledger, written with the decision and cleared once the ledger
    /// acknowledged it; retried at the next activation and the next write.
    /// </summary>
    [Id(14)] public Money.Commands.GrantCommitment? LedgerPending { get; set; }

    /// <summary>The ledger <see cref="LedgerPending"/> goes to: the partnership's, for the call's year.</summary>
    [Id(15)] public string? LedgerPendingKey { get; set; }
}
