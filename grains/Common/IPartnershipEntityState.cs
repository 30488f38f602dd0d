using Cooperation.Grains.Common.Journal;

namespace Cooperation.Grains.Common;

/// <summary>
/// What the state of every grain hanging off a partnership keeps for <see cref="PartnershipEntityGrain{TState}"/>:
/// its version, when it last changed, whether the partnership's change feed still has to hear of it, and the open
/// tails of the two lists that grow with the entity's age, whose older entries are sealed in segments
/// (<see cref="Journal{TEntry}"/>).
/// </summary>
/// <remarks>
/// Grains read and add to the history and the receipts only through the base's members (<c>Record</c>,
/// <c>ReadHistory</c>, <c>RepeatedAsync</c>, <c>CommitAsync</c>): where those lists are kept is then the base's affair.
/// </remarks>
public interface IPartnershipEntityState
{
    /// <summary>Grows by one with every change; the version the partnership's change feed records.</summary>
    long Version { get; set; }

    DateTimeOffset UpdatedAt { get; set; }

    /// <summary>True from the durable write of a change until the partnership's feed (and index) acknowledged it.</summary>
    bool FeedPending { get; set; }

    /// <summary>
    /// The people's notices the entity's actions owe, written with the action that owes them and removed once told
    /// (<see cref="Sync.PendingNotices"/>).
    /// </summary>
    List<Notices.NoticeToTell> NoticesToTell { get; set; }

    /// <summary>Append-only history: its newest lines; older ones are sealed. Their revision is the entity's version.</summary>
    JournalTail<HistoryEntry> HistoryTail { get; }

    /// <summary>Applied client mutation ids, kept for the entity's life (DESIGN §4 rule 2): the newest; older ones are sealed.</summary>
    JournalTail<KeptReceipt<ActionReceipt>> ReceiptTail { get; }

    /// <summary>The whole history, as states stored before the journals kept it: read once, then moved to <see cref="HistoryTail"/>.</summary>
    List<HistoryEntry> History { get; set; }

    /// <summary>Every receipt, as states stored before the journals kept them: read once, then moved to <see cref="ReceiptTail"/>.</summary>
    Dictionary<string, ActionReceipt> Receipts { get; set; }
}
