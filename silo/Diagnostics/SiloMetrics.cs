using System.Diagnostics.Metrics;

namespace Cooperation.Silo.Diagnostics;

/// <summary>
/// What one request costs inside the silo: grain calls and storage writes, as <see cref="System.Diagnostics.Metrics"/>
/// counters of the host's meter factory. Nothing is recorded while nobody listens (a <see cref="CostRecorder"/>, or any
/// metrics exporter subscribing to <see cref="MeterName"/>), so the hot path only pays a flag check.
/// </summary>
public sealed class SiloMetrics
{
    public const string MeterName = "Cooperation.Silo";
    public const string GrainCallsName = "cooperation.grain.calls";
    public const string StorageWritesName = "cooperation.storage.writes";
    public const string StorageBytesWrittenName = "cooperation.storage.bytes_written";

    /// <summary>Tag of both kinds of counts: the grain type (<c>shipment</c>, <c>partnership</c>…).</summary>
    public const string GrainTag = "grain";

    /// <summary>Tag of a grain call: the interface method called.</summary>
    public const string MethodTag = "method";

    /// <summary>Tag of a storage write: the state's name (one grain may keep several).</summary>
    public const string StateTag = "state";

    /// <summary>
    /// Tag of both kinds of counts, present only on work no request asked for: <see cref="DueWorkOrigin"/>, a reminder's
    /// tick and what it calls and writes (<see cref="GrainCallCounter"/>).
    /// </summary>
    public const string OriginTag = "origin";

    public const string DueWorkOrigin = "due-work";

    private readonly Counter<long> _grainCalls;
    private readonly Counter<long> _storageWrites;
    private readonly Counter<long> _bytesWritten;

    public SiloMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _grainCalls = meter.CreateCounter<long>(GrainCallsName, "{call}", "Calls received by grains, per grain type and method.");
        _storageWrites = meter.CreateCounter<long>(StorageWritesName, "{write}", "Grain state records written (or cleared), per grain type and state.");
        _bytesWritten = meter.CreateCounter<long>(StorageBytesWrittenName, "By", "Bytes of grain state records written, per grain type and state.");
    }

    /// <summary>True when someone listens to grain calls: the filter then names the call, otherwise it does nothing.</summary>
    public bool CountsGrainCalls => _grainCalls.Enabled;

    public void GrainCalled(GrainType grain, string method, bool dueWork)
    {
        var grainTag = new KeyValuePair<string, object?>(GrainTag, grain.ToString());
        var methodTag = new KeyValuePair<string, object?>(MethodTag, method);
        if (dueWork)
            _grainCalls.Add(1, grainTag, methodTag, DueWorkTag);
        else
            _grainCalls.Add(1, grainTag, methodTag);
    }

    /// <summary>True inside a reminder's tick, and inside every call it made (the mark travels with them).</summary>
    public static bool InDueWork => RequestContext.Get(OriginTag) is DueWorkOrigin;

    /// <summary>Marks the current call's flow, and the calls it makes, as due work.</summary>
    internal static void MarkDueWork() => RequestContext.Set(OriginTag, DueWorkOrigin);

    private static readonly KeyValuePair<string, object?> DueWorkTag = new(OriginTag, DueWorkOrigin);

    /// <summary>One record of <paramref name="grainId"/> written with <paramref name="bytes"/> bytes (0 for a clear).</summary>
    public void StateWritten(string stateName, GrainId grainId, long bytes)
    {
        if (!_storageWrites.Enabled && !_bytesWritten.Enabled)
            return;
        var grain = new KeyValuePair<string, object?>(GrainTag, grainId.Type.ToString());
        var state = new KeyValuePair<string, object?>(StateTag, stateName);
        if (InDueWork)
        {
            _storageWrites.Add(1, grain, state, DueWorkTag);
            _bytesWritten.Add(bytes, grain, state, DueWorkTag);
            return;
        }
        _storageWrites.Add(1, grain, state);
        _bytesWritten.Add(bytes, grain, state);
    }
}
