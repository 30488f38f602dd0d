using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Cooperation.Silo.Diagnostics;

/// <summary>
/// Listens to the <see cref="SiloMetrics"/> of one host (its own meter factory, so hosts sharing a process do not mix)
/// and adds them up until <see cref="Reset"/>: how the benchmark and the tests count grain calls and storage writes.
/// </summary>
public sealed class CostRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<(string Instrument, string Key), long> _totals = new();

    /// <param name="meters">The host's <see cref="IMeterFactory"/> (from its services).</param>
    public CostRecorder(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == SiloMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meters))
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            _totals.AddOrUpdate((instrument.Name, KeyOf(tags)), value, (_, total) => total + value));
        _listener.Start();
    }

    /// <summary>Forgets what was counted so far.</summary>
    public void Reset() => _totals.Clear();

    /// <summary>What was counted since the start or the last <see cref="Reset"/>.</summary>
    public SiloCosts Snapshot()
    {
        Dictionary<string, long> Of(string instrument) =>
            _totals.Where(t => t.Key.Instrument == instrument).ToDictionary(t => t.Key.Key, t => t.Value, StringComparer.Ordinal);
        return new SiloCosts(Of(SiloMetrics.GrainCallsName), Of(SiloMetrics.StorageWritesName), Of(SiloMetrics.StorageBytesWrittenName));
    }

    /// <summary>
    /// Waits until nothing more is counted for <paramref name="quiet"/> (a few seconds at most): work a request leaves
    /// behind it (a one-way notice, a feed entry) belongs to that request's cost.
    /// </summary>
    public async Task SettleAsync(TimeSpan? quiet = null, CancellationToken cancellationToken = default)
    {
        var wait = quiet ?? TimeSpan.FromMilliseconds(150);
        var seen = -1L;
        for (var round = 0; round < 20; round++)
        {
            var now = _totals.Values.Sum();
            if (now == seen)
                return;
            seen = now;
            await Task.Delay(wait, cancellationToken);
        }
    }

    public void Dispose() => _listener.Dispose();

    // "grain.method" for a call, "grain/state" for a write: the tags SiloMetrics records, in a fixed order; due work
    // (a reminder's tick and what it does) is prefixed with its origin.
    private static string KeyOf(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        string? grain = null, method = null, state = null, origin = null;
        foreach (var tag in tags)
        {
            switch (tag.Key)
            {
                case SiloMetrics.GrainTag: grain = tag.Value as string; break;
                case SiloMetrics.MethodTag: method = tag.Value as string; break;
                case SiloMetrics.StateTag: state = tag.Value as string; break;
                case SiloMetrics.OriginTag: origin = tag.Value as string; break;
            }
        }
        var key = method is not null ? $"{grain}.{method}" : $"{grain}/{state}";
        return origin is null ? key : $"{origin}:{key}";
    }
}

/// <summary>
/// Counts of <see cref="CostRecorder"/>: per grain type and method, per grain type and state. The totals are what
/// requests cost; due work that happened meanwhile (a reminder's tick: a report falling due, a mail outbox drained) is
/// listed by the descriptions, prefixed <c>due-work:</c>, and left out of them.
/// </summary>
public sealed record SiloCosts(
    IReadOnlyDictionary<string, long> GrainCallsByMethod,
    IReadOnlyDictionary<string, long> StorageWritesByState,
    IReadOnlyDictionary<string, long> BytesWrittenByState)
{
    /// <summary>Calls to the application's grains (Orleans' own system grains left out).</summary>
    public long GrainCalls => Requested(GrainCallsByMethod).Where(c => !c.Key.StartsWith("sys.", StringComparison.Ordinal)).Sum(c => c.Value);

    public long StorageWrites => Requested(StorageWritesByState).Sum(w => w.Value);

    /// <summary>
    /// Writes of grain states themselves: what every action writes. The rest are a journal's records (a sealed segment
    /// <c>{state}.{list}.{n}</c> or its receipt filter, <c>grains/Common/Journal</c>), written once per 64 entries of
    /// a list, so that a state never grows with the entity's age.
    /// </summary>
    public long StateWrites => Requested(StorageWritesByState).Where(w => !IsJournalRecord(w.Key)).Sum(w => w.Value);

    /// <summary>Writes of journal segments and filters (<see cref="StateWrites"/>).</summary>
    public long JournalWrites => StorageWrites - StateWrites;

    public long BytesWritten => Requested(BytesWrittenByState).Sum(w => w.Value);

    /// <summary>"partnership.GetAccessAsync × 2, shipment.ConfirmItemsAsync × 1…", most called first.</summary>
    public string DescribeGrainCalls() => Describe(GrainCallsByMethod);

    /// <summary>"shipment/state × 1…", most written first.</summary>
    public string DescribeStorageWrites() => Describe(StorageWritesByState);

    private static IEnumerable<KeyValuePair<string, long>> Requested(IReadOnlyDictionary<string, long> counts) =>
        counts.Where(c => !c.Key.StartsWith(SiloMetrics.DueWorkOrigin + ":", StringComparison.Ordinal));

    // "grain/state": a grain's own state names carry no dot; a journal's records are named after their list, "state.list.n".
    private static bool IsJournalRecord(string key) => key[(key.IndexOf('/') + 1)..].Contains('.');

    private static string Describe(IReadOnlyDictionary<string, long> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} × {c.Value}"));
}
