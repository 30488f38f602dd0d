using Orleans.Storage;

namespace Cooperation.Grains.Common.Journal;

/// <summary>
/// The receipts of an entity's applied actions, kept for its whole life and found by action id, in a
/// <see cref="Journal{TEntry}"/>: recent ones in the grain state, older ones in sealed segments, with an
/// <see cref="ActionIdFilter"/> of the sealed ids stored beside them.
/// </summary>
/// <remarks>
/// A new id (the common case) is answered from the tail and the filter, with no storage read once the filter is
/// loaded (one read per activation, and only for an entity with sealed receipts). A repeat of an old id reads
/// segments newest first until it is found. The filter is written after its segment and before the grain state:
/// if the grain state write then fails, the filter knows a few ids no sealed segment holds, which only costs reads.
/// </remarks>
public sealed class ReceiptJournal<TReceipt> : ISealable
    where TReceipt : class, IActionReceipt
{
    private readonly IGrainStorage _storage;
    private readonly GrainId _owner;
    private readonly string _filterName;
    private readonly Journal<KeptReceipt<TReceipt>> _journal;
    private GrainState<ActionIdFilter>? _filter;

    /// <inheritdoc cref="Journal{TEntry}(IGrainStorage, GrainId, string, Func{JournalTail{TEntry}}, int)"/>
    public ReceiptJournal(IGrainStorage storage, GrainId owner, string name, Func<JournalTail<KeptReceipt<TReceipt>>> tail,
        int segmentSize = Journal<KeptReceipt<TReceipt>>.DefaultSegmentSize)
    {
        (_storage, _owner, _filterName) = (storage, owner, $"{name}.filter");
        _journal = new Journal<KeptReceipt<TReceipt>>(storage, owner, name, tail, segmentSize) { Sealing = AddToFilterAsync };
    }

    /// <summary>How many receipts are kept.</summary>
    public long Count => _journal.Count;

    /// <summary>Remembers an applied action, in memory: the grain's next durable write keeps it.</summary>
    public void Remember(string clientMutationId, TReceipt receipt) =>
        _journal.Append(new KeptReceipt<TReceipt>(clientMutationId, receipt));

    /// <summary>
    /// The receipt of this action id when <paramref name="command"/> repeats it, null when the id is new here; any
    /// other use of the id is refused as reused: the rule of <see cref="ActionReceipts.RepeatOf{TReceipt}(TReceipt?, string, Command, Func{TReceipt, bool}?)"/>.
    /// </summary>
    /// <param name="legacy">For a receipt written before receipts recorded who acted: the grain's own extra condition.</param>
    public async Task<TReceipt?> RepeatOfAsync(string clientMutationId, Command command, Func<TReceipt, bool>? legacy = null)
    {
        var kept = await FindAsync(clientMutationId);
        return ActionReceipts.RepeatOf(kept?.Receipt, clientMutationId, command, receipt =>
            (kept!.MadeBy is null || kept.MadeBy == command.Actor.Id) && (legacy?.Invoke(receipt) ?? true));
    }

    /// <summary>The receipt kept for this action id, or null: the tail, then (when the filter says maybe) the segments, newest first.</summary>
    public async Task<KeptReceipt<TReceipt>?> FindAsync(string clientMutationId)
    {
        for (var i = _journal.Open.Count - 1; i >= 0; i--)
            if (_journal.Open[i].ClientMutationId == clientMutationId)
                return _journal.Open[i];
        if (_journal.Sealed == 0 || !(await FilterAsync()).State!.MayContain(clientMutationId))
            return null;
        await foreach (var (_, kept) in _journal.NewestFirstAsync(_journal.Sealed))
            if (kept.ClientMutationId == clientMutationId)
                return kept;
        return null;
    }

    /// <summary>
    /// Moves the receipts of a state stored before this journal existed; a receipt without its sender keeps the
    /// person the history names for its action (<see cref="KeptReceipt{TReceipt}.MadeBy"/>).
    /// </summary>
    public void Import(IReadOnlyDictionary<string, TReceipt> receipts, IEnumerable<HistoryEntry> history)
    {
        var madeBy = new Dictionary<string, string>();
        foreach (var line in history)
            madeBy.TryAdd(line.ClientMutationId, line.Actor.Id);
        _journal.Import(receipts.Select(r => new KeptReceipt<TReceipt>(
            r.Key, r.Value, r.Value.ActorId is null ? madeBy.GetValueOrDefault(r.Key) : null)));
    }

    /// <inheritdoc/>
    public Task SealAsync() => _journal.SealAsync();

    private async Task<GrainState<ActionIdFilter>> FilterAsync()
    {
        if (_filter is null)
        {
            var filter = new GrainState<ActionIdFilter>();
            await _storage.ReadStateAsync(_filterName, _owner, filter);
            filter.State ??= new ActionIdFilter();
            _filter = filter;
        }
        return _filter;
    }

    private async Task AddToFilterAsync(IReadOnlyList<KeptReceipt<TReceipt>> sealing)
    {
        var filter = await FilterAsync();
        foreach (var kept in sealing)
            filter.State!.Add(kept.ClientMutationId);
        try
        {
            await _storage.WriteStateAsync(_filterName, _owner, filter);
        }
        catch
        {
            // The stored filter is the one to trust now: read again when next needed.
            _filter = null;
            throw;
        }
    }
}
