namespace Cooperation.FieldAgent;

/// <summary>How the client waits and compresses. The defaults are the phone's; tests shorten the waits.</summary>
public sealed record FieldAgentOptions
{
    /// <summary>The wait before the first retry after a network failure; it doubles on each further failure.</summary>
    public TimeSpan FirstBackOff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxBackOff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts of one request before the client gives up for now (the work stays queued).</summary>
    public int MaxAttempts { get; init; } = 8;

    /// <summary>
    /// Seeds the jitter of the back-off (each wait is drawn between half and all of its nominal length), so that
    /// phones cut off together do not come back together. Fixed in tests and benchmarks.
    /// </summary>
    public int JitterSeed { get; init; } = 1;

    /// <summary>
    /// A sync body larger than this goes up Brotli-compressed (<c>Content-Encoding: br</c>). One confirmation (about
    /// 350 B of JSON) already shrinks by a third, more than the 22 B the header costs.
    /// </summary>
    public int CompressAbove { get; init; } = 256;

    /// <summary>
    /// Starts each request of <see cref="FieldAgentClient.RunAsync"/> as soon as the one before it is on the connection
    /// (the next photo's blocks while a sync or a PUT waits for its answer), as a browser does on one HTTP/2 connection.
    /// Off, each request waits for the answer before it: over HTTP/1.1 a second request would open a second connection.
    /// </summary>
    public bool KeepLinkBusy { get; init; }

    /// <summary>The longest one request may take before it counts as a network failure.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(90);
}
