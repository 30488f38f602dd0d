using Cooperation.Grains.Common.Journal;
using Cooperation.Grains.Notices;

namespace Cooperation.Grains.Missions;

/// <summary>Persisted state of one mission: its plan, status, report versions, comments, history and applied action ids.</summary>
[GenerateSerializer]
public sealed class MissionState : IPartnershipEntityState
{
    /// <summary>The plan; null until the mission is planned.</summary>
    [Id(0)] public MissionPlan? Plan { get; set; }

    [Id(1)] public MissionStatus Status { get; set; }

    [Id(2)] public string? CancellationReason { get; set; }

    /// <summary>Filed versions of the compte rendu, numbered from 1, in order; a version never changes.</summary>
    [Id(3)] public List<MissionReportVersion> ReportVersions { get; set; } = [];

    /// <summary>Comments in the order they were added.</summary>
    [Id(4)] public List<MissionComment> Comments { get; set; } = [];

    /// <summary>Append-only: entries are added, never changed or removed.</summary>
    [Id(5)] public List<HistoryEntry> History { get; set; } = [];

    /// <summary>Applied client mutation ids, kept for the life of the mission (DESIGN §4 rule 2).</summary>
    [Id(6)] public Dictionary<string, ActionReceipt> Receipts { get; set; } = [];

    /// <summary>Grows by one with every change; the version the partnership's change feed records.</summary>
    [Id(7)] public long Version { get; set; }

    /// <summary>True from the write of a change until the partnership's feed (and the mission index) acknowledged it.</summary>
    [Id(8)] public bool FeedPending { get; set; }

    [Id(9)] public DateTimeOffset CreatedAt { get; set; }

    [Id(10)] public DateTimeOffset UpdatedAt { get; set; }

    /// <inheritdoc/>
    [Id(11)] public JournalTail<HistoryEntry> HistoryTail { get; set; } = new();

    /// <inheritdoc/>
    [Id(12)] public JournalTail<KeptReceipt<ActionReceipt>> ReceiptTail { get; set; } = new();

    /// <inheritdoc/>
    [Id(13)] public List<NoticeToTell> NoticesToTell { get; set; } = [];
}
