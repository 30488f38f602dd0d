using Cooperation.Grains.Common.Journal;
using Cooperation.Grains.Notices;

namespace Cooperation.Grains.Annotations;

/// <summary>Persisted state of a document's annotations.</summary>
[GenerateSerializer]
public sealed class AnnotationsState : IPartnershipEntityState
{
    /// <summary>In the order they were made; an annotation is replaced by its edited or deleted self, never removed.</summary>
    [Id(0)] public List<Annotation> Annotations { get; set; } = [];

    /// <inheritdoc/>
    [Id(1)] public Dictionary<string, ActionReceipt> Receipts { get; set; } = [];

    /// <summary>Grows by one with every change; the version the partnership's change feed records.</summary>
    [Id(2)] public long Version { get; set; }

    /// <summary>True from the write of a change until the partnership's feed acknowledged it.</summary>
    [Id(3)] public bool FeedPending { get; set; }

    /// <summary>When an annotation was last made, edited or deleted.</summary>
    [Id(4)] public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Applied client mutation ids, kept for the life of the document's annotations (DESIGN §4 rule 2): the newest; older ones are sealed.</summary>
    [Id(5)] public JournalTail<KeptReceipt<ActionReceipt>> ReceiptTail { get; set; } = new();

    /// <summary>
    /// None, and not stored: each annotation carries who made it and when. The base's rule for receipts stored before
    /// they recorded who acted reads a history, and finds no line here.
    /// </summary>
    List<HistoryEntry> IPartnershipEntityState.History { get => []; set { } }

    /// <summary>None, and not stored (see <see cref="IPartnershipEntityState.History"/>): always empty.</summary>
    [field: NonSerialized]
    JournalTail<HistoryEntry> IPartnershipEntityState.HistoryTail { get; } = new();

    /// <inheritdoc/>
    [Id(6)] public List<NoticeToTell> NoticesToTell { get; set; } = [];
}
