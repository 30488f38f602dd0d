namespace Cooperation.Grains.Common;

/// <summary>
/// What the state of every grain hanging off a partnership keeps for <see cref="PartnershipEntityGrain{TState}"/>:
/// its version, when it last changed, whether the partnership's change feed still has to hear of it, and the two
/// lists that grow with the entity's age.
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

    /// <summary>Append-only: entries are added, never changed or removed. Their revision is the entity's version.</summary>
    List<HistoryEntry> History { get; }

    /// <summary>Applied client mutation ids, kept for the entity's life (DESIGN §4 rule 2).</summary>
    Dictionary<string, ActionReceipt> Receipts { get; }
}
