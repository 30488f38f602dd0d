using Cooperation.Grains.Common.Journal;
using Cooperation.Grains.Notices;

namespace Cooperation.Grains.Shipments;

/// <summary>Persisted state of one shipment: its packing list, verdicts, timeline, history and applied action ids.</summary>
[GenerateSerializer]
public sealed class ShipmentState : IPartnershipEntityState
{
    /// <summary>False until the packing list is drawn up.</summary>
    [Id(0)] public bool Created { get; set; }

    [Id(1)] public string Title { get; set; } = "";

    [Id(2)] public ShipmentStatus Status { get; set; }

    [Id(3)] public List<ShipmentBox> Boxes { get; set; } = [];

    /// <summary>Immutable records, replaced (never edited in place) when a verdict or event is added.</summary>
    [Id(4)] public List<ShipmentItem> Items { get; set; } = [];

    [Id(5)] public List<StatusChange> Timeline { get; set; } = [];

    [Id(6)] public string? ReconciliationNote { get; set; }

    /// <inheritdoc/>
    [Id(7)] public List<HistoryEntry> History { get; set; } = [];

    /// <inheritdoc/>
    /// <remarks>
    /// Receipts stored before kept the item outcomes too (under the same name, with an "Outcomes" list): they read as
    /// plain receipts now, a repeat's outcomes being read back from the items themselves.
    /// </remarks>
    [Id(8)] public Dictionary<string, ActionReceipt> Receipts { get; set; } = [];

    /// <summary>Grows by one with every change.</summary>
    [Id(9)] public long Version { get; set; }

    /// <summary>True from the write of a change until the partnership's feed (and the shipment index) acknowledged it.</summary>
    [Id(10)] public bool FeedPending { get; set; }

    [Id(11)] public DateTimeOffset UpdatedAt { get; set; }

    /// <inheritdoc/>
    [Id(12)] public JournalTail<HistoryEntry> HistoryTail { get; set; } = new();

    /// <inheritdoc/>
    [Id(13)] public JournalTail<KeptReceipt<ActionReceipt>> ReceiptTail { get; set; } = new();

    /// <inheritdoc/>
    [Id(14)] public List<NoticeToTell> NoticesToTell { get; set; } = [];
}
