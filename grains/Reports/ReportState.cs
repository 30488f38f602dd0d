using Cooperation.Grains.Common.Journal;
using Cooperation.Grains.Notices;

namespace Cooperation.Grains.Reports;

/// <summary>Persisted state of one report: its working draft, its frozen versions, its history and applied action ids.</summary>
[GenerateSerializer]
public sealed class ReportState : IPartnershipEntityState
{
    /// <summary>False until the report is drafted.</summary>
    [Id(0)] public bool Created { get; set; }

    [Id(1)] public ReportStatus Status { get; set; }

    /// <summary>The open draft, or the latest submitted content when no draft is open.</summary>
    [Id(2)] public ReportContent Content { get; set; } = ReportContent.Empty;

    /// <summary>Submitted versions, numbered from 1, in order; a version's content never changes.</summary>
    [Id(3)] public List<ReportVersion> Versions { get; set; } = [];

    /// <summary>Append-only: entries are added, never changed or removed.</summary>
    [Id(4)] public List<HistoryEntry> History { get; set; } = [];

    /// <summary>Applied client mutation ids, kept for the life of the report (DESIGN §4 rule 2).</summary>
    [Id(5)] public Dictionary<string, ActionReceipt> Receipts { get; set; } = [];

    /// <summary>Grows by one with every change; the version the partnership's change feed records.</summary>
    [Id(6)] public long Version { get; set; }

    /// <summary>True from the write of a change until the partnership's feed (and the report index) acknowledged it.</summary>
    [Id(7)] public bool FeedPending { get; set; }

    [Id(8)] public DateTimeOffset CreatedAt { get; set; }

    [Id(9)] public DateTimeOffset UpdatedAt { get; set; }

    /// <inheritdoc/>
    [Id(10)] public JournalTail<HistoryEntry> HistoryTail { get; set; } = new();

    /// <inheritdoc/>
    [Id(11)] public JournalTail<KeptReceipt<ActionReceipt>> ReceiptTail { get; set; } = new();

    /// <summary>True once the open draft's due date passed (en retard); false again when it is submitted.</summary>
    [Id(12)] public bool Overdue { get; set; }

    /// <inheritdoc/>
    [Id(13)] public List<NoticeToTell> NoticesToTell { get; set; } = [];
}
