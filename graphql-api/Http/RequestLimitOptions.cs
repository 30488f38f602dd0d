namespace Cooperation.GraphQL.Http;

/// <summary>
/// How many requests one person (signed in: their account; signed out: their address) may make, bound from
/// <c>Cooperation:Api:RequestLimits</c>. Beyond it the API answers 429 with <c>Retry-After</c>
/// (<see cref="RequestLimits"/>). Sized so that no real use meets them; tests that flood set their own.
/// </summary>
public sealed class RequestLimitOptions
{
    public const string Section = "Cooperation:Api:RequestLimits";

    /// <summary>
    /// A signed-in person's GraphQL requests, CSV and JSON-LD exports. The web client makes one to three requests per
    /// screen and one per sync, whose outbox batch carries up to 200 actions, so a day offline goes up in a handful of
    /// requests: 300 a minute (5 a second) sustained, with a minute's worth at once, is far above that and above an API
    /// user's script, and far below a flood. Four at once, 32 waiting their turn: one person cannot hold more than
    /// four request threads of a two-core machine, and a client's burst waits instead of failing.
    /// </summary>
    public RequestLimit Person { get; set; } = new() { PerMinute = 300, Burst = 300, Concurrent = 4, Queued = 32 };

    /// <summary>
    /// Requests without a valid token (the directory, sign-in, refresh), by client address. An address may be a school's
    /// or a town hall's whole network behind one router, so it gets more than one person: thirty phones signing in at
    /// once and reading the directory fit in the burst.
    /// </summary>
    public RequestLimit Address { get; set; } = new() { PerMinute = 600, Burst = 600, Concurrent = 16, Queued = 64 };

    /// <summary>
    /// Photo blocks and photos (<c>/uploads</c>), per person (or address), apart from GraphQL: a day's photos go up one
    /// PUT after another (up to 8 blocks of 32 KB each) and must not use up the budget of the text sync, nor the other way
    /// round. Fifty photos of a day offline are about fifty PUTs; a screen of photos reads a few dozen at once.
    /// </summary>
    public RequestLimit Uploads { get; set; } = new() { PerMinute = 300, Burst = 300, Concurrent = 4, Queued = 32 };

    /// <summary>
    /// Read the client address from <c>X-Forwarded-For</c> (the last hop only), for a host that is reached only through
    /// a reverse proxy such as the Azure Container Apps ingress: there every request comes from the proxy's address, and
    /// all signed-out people would share one budget. Off by default: anyone could then choose their address.
    /// </summary>
    public bool TrustForwardedFor { get; set; }
}

/// <summary>One budget: a token bucket (sustained rate and burst), then a concurrency limit with a queue.</summary>
public sealed class RequestLimit
{
    /// <summary>Requests per minute, sustained (the bucket refills at this rate).</summary>
    public int PerMinute { get; set; }

    /// <summary>Requests that may come at once after a quiet time (the bucket's size).</summary>
    public int Burst { get; set; }

    /// <summary>Requests served at the same time.</summary>
    public int Concurrent { get; set; }

    /// <summary>Requests that wait for one of those to finish; one more is refused at once.</summary>
    public int Queued { get; set; }
}
