using Orleans.Storage;

namespace Cooperation.Grains.Common.Journal;

/// <summary>
/// An append-only list that may grow for an entity's whole life (history lines, feed lines, receipts) without making
/// every write of its grain grow with it: the newest entries stay in the grain state (<see cref="JournalTail{TEntry}"/>),
/// older ones are sealed, <see cref="SegmentSize"/> at a time, into immutable records of the same grain storage.
/// </summary>
/// <remarks>
/// A grain holds one per list and builds it at activation. Entries are numbered from 0 in the order they were added
/// (their position), which never changes: a position is a stable cursor. Segment <c>n</c> holds positions
/// <c>n × SegmentSize</c> to <c>(n + 1) × SegmentSize − 1</c> and is stored under the grain's id and the state name
/// <c>{name}.{n}</c>, so that both the local-disk store and the blob store name it after the grain, as they name
/// the grain's own state. Segments read are kept in memory (they never change), a few at a time.
/// </remarks>
/// <typeparam name="TEntry">An immutable, serialisable entry.</typeparam>
public sealed class Journal<TEntry> : ISealable
{
    /// <summary>Entries per segment, and the most the open tail holds after a write.</summary>
    public const int DefaultSegmentSize = 64;

    private const int CachedSegments = 4;

    private readonly IGrainStorage _storage;
    private readonly GrainId _owner;
    private readonly string _name;
    private readonly Func<JournalTail<TEntry>> _tail;
    private readonly Dictionary<int, IReadOnlyList<TEntry>> _segments = [];
    private readonly Queue<int> _cacheOrder = new();

    /// <param name="storage">The grain storage the grain's own state goes to.</param>
    /// <param name="owner">The grain whose list this is.</param>
    /// <param name="name">The list's record name prefix, unique within the grain (e.g. <c>partnership.history</c>).</param>
    /// <param name="tail">The tail inside the grain's current state (read each time: a reload replaces the state).</param>
    /// <param name="segmentSize">Fixed for the journal's life: positions are computed from it.</param>
    public Journal(IGrainStorage storage, GrainId owner, string name, Func<JournalTail<TEntry>> tail, int segmentSize = DefaultSegmentSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(segmentSize, 1);
        (_storage, _owner, _name, _tail, SegmentSize) = (storage, owner, name, tail, segmentSize);
    }

    /// <summary>Entries per sealed segment.</summary>
    public int SegmentSize { get; }

    /// <summary>How many entries the journal holds, sealed or not: the position the next one gets.</summary>
    public long Count => Sealed + Tail.Entries.Count;

    /// <summary>How many entries are sealed: positions below this one are in segments.</summary>
    public long Sealed => (long)Tail.SealedSegments * SegmentSize;

    /// <summary>The open tail, oldest first: the newest entries, read without touching storage.</summary>
    public IReadOnlyList<TEntry> Open => Tail.Entries;

    private JournalTail<TEntry> Tail => _tail();

    /// <summary>Adds an entry, in memory: the grain's next durable write keeps it.</summary>
    public void Append(TEntry entry) => Tail.Entries.Add(entry);

    /// <summary>Called for each segment after it is written and before its entries leave the tail.</summary>
    public Func<IReadOnlyList<TEntry>, Task>? Sealing { get; init; }

    /// <inheritdoc/>
    public async Task SealAsync()
    {
        while (Tail.Entries.Count >= SegmentSize)
        {
            var number = Tail.SealedSegments;
            var entries = Tail.Entries.GetRange(0, SegmentSize);
            await WriteSegmentAsync(number, entries);
            if (Sealing is { } sealing)
                await sealing(entries);
            Tail.Entries.RemoveRange(0, SegmentSize);
            Tail.SealedSegments++;
            Remember(number, entries);
        }
    }

    /// <summary>The entries at positions <paramref name="from"/> (included) to <paramref name="to"/> (excluded), oldest first.</summary>
    public async Task<IReadOnlyList<TEntry>> ReadAsync(long from, long to)
    {
        from = Math.Max(0, from);
        to = Math.Min(Count, to);
        var entries = new List<TEntry>((int)Math.Max(0, to - from));
        for (var position = from; position < to;)
        {
            if (position >= Sealed)
            {
                var start = (int)(position - Sealed);
                entries.AddRange(Tail.Entries.GetRange(start, (int)(to - position)));
                break;
            }
            var number = (int)(position / SegmentSize);
            var segment = await SegmentAsync(number);
            var offset = (int)(position - (long)number * SegmentSize);
            var take = (int)Math.Min(SegmentSize - offset, to - position);
            entries.AddRange(segment.Skip(offset).Take(take));
            position += take;
        }
        return entries;
    }

    /// <summary>
    /// The entries before position <paramref name="before"/>, newest first, reading one segment at a time and only as
    /// far as the caller goes: a search that stops early costs what it read.
    /// </summary>
    public async IAsyncEnumerable<(long Position, TEntry Entry)> NewestFirstAsync(long before)
    {
        var position = Math.Min(before, Count) - 1;
        for (; position >= Sealed; position--)
            yield return (position, Tail.Entries[(int)(position - Sealed)]);
        for (; position >= 0; position--)
        {
            var number = (int)(position / SegmentSize);
            var segment = await SegmentAsync(number);
            yield return (position, segment[(int)(position - (long)number * SegmentSize)]);
        }
    }

    /// <summary>Moves entries of a state stored before this journal existed into its tail, oldest first; sealed at the next write.</summary>
    public void Import(IEnumerable<TEntry> entries) => Tail.Entries.AddRange(entries);

    private string SegmentName(int number) => $"{_name}.{number}";

    private async Task WriteSegmentAsync(int number, List<TEntry> entries)
    {
        var name = SegmentName(number);
        var record = new GrainState<JournalSegment<TEntry>>(new JournalSegment<TEntry> { Entries = entries });
        try
        {
            await _storage.WriteStateAsync(name, _owner, record);
        }
        catch (InconsistentStateException)
        {
            // Left by a seal whose grain state write never happened (a crash, a failed write): the grain state does
            // not count it, so nothing ever read it, and it is replaced.
            var existing = new GrainState<JournalSegment<TEntry>>();
            await _storage.ReadStateAsync(name, _owner, existing);
            record.ETag = existing.ETag;
            await _storage.WriteStateAsync(name, _owner, record);
        }
    }

    private async Task<IReadOnlyList<TEntry>> SegmentAsync(int number)
    {
        if (_segments.TryGetValue(number, out var cached))
            return cached;
        var record = new GrainState<JournalSegment<TEntry>>();
        await _storage.ReadStateAsync(SegmentName(number), _owner, record);
        if (!record.RecordExists || record.State?.Entries.Count != SegmentSize)
            throw new InvalidOperationException(
                $"Segment {number} of journal '{_name}' of {_owner} is missing or incomplete, though the grain state counts it as sealed.");
        Remember(number, record.State.Entries);
        return record.State.Entries;
    }

    private void Remember(int number, IReadOnlyList<TEntry> entries)
    {
        if (!_segments.TryAdd(number, entries))
            return;
        _cacheOrder.Enqueue(number);
        if (_cacheOrder.Count > CachedSegments)
            _segments.Remove(_cacheOrder.Dequeue());
    }
}
