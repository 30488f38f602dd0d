using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Cooperation.GraphQL.Accounts;
using Cooperation.GraphQL.Schema.Errors;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Cooperation.GraphQL.Http;

/// <summary>
/// Per-person budgets on the API's endpoints (<see cref="RequestLimitOptions"/>), with ASP.NET Core's rate limiter: a
/// token bucket first (a flood is refused at once, without taking a place in the queue), then a concurrency limit with a
/// queue. Signed-in people are counted by account, whatever device or address they use; others by address (an IPv6
/// client by its /64, which it can walk through at will). Photos (<c>/uploads</c>) have budgets of their own.
/// A refusal is 429 with <c>Retry-After</c> and a GraphQL-over-HTTP error body whose <c>extensions.code</c> is
/// <c>RATE_LIMITED</c>.
/// </summary>
/// <remarks>
/// The viewer is read first (<see cref="ViewerMiddleware"/>: a signature check and two grain reads), so the limiter must
/// come after it in the pipeline; the page and its files are served before both and are not counted.
/// </remarks>
public static class RequestLimits
{
    private const string UploadsPath = "/uploads";

    public static IServiceCollection AddCooperationRequestLimits(this IServiceCollection services)
    {
        services.AddOptions<RequestLimitOptions>().BindConfiguration(RequestLimitOptions.Section);
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RequestLimitOptions>>((limiter, options) =>
        {
            var limits = options.Value;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => Budget(context, limits) is { } budget
                    ? RateLimitPartition.GetTokenBucketLimiter(budget.Key, _ => Bucket(budget.Limit))
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context => Budget(context, limits) is { } budget
                    ? RateLimitPartition.GetConcurrencyLimiter(budget.Key, _ => Turns(budget.Limit))
                    : RateLimitPartition.GetNoLimiter("")));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RefuseAsync;
        });
        return services;
    }

    /// <summary>
    /// The client's address from <c>X-Forwarded-For</c> when <see cref="RequestLimitOptions.TrustForwardedFor"/> says
    /// the host is only reached through a proxy. Call before the limiter and the sign-in, which count by address.
    /// </summary>
    public static void UseCooperationForwardedFor(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<RequestLimitOptions>>().Value.TrustForwardedFor)
            return;
        var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor, ForwardLimit = 1 };
        // The proxy's own address is not known in advance (Azure assigns it): the last hop it appended is believed.
        forwarded.KnownIPNetworks.Clear();
        forwarded.KnownProxies.Clear();
        app.UseForwardedHeaders(forwarded);
    }

    /// <summary>Whose budget a request counts against, or null when it is not counted (no endpoint: nothing to run).</summary>
    private static (string Key, RequestLimit Limit)? Budget(HttpContext context, RequestLimitOptions limits)
    {
        if (context.GetEndpoint() is null)
            return null;
        var viewer = ViewerMiddleware.Of(context);
        var who = viewer.Access is { } access ? "person:" + access.AccountId : "address:" + AddressOf(context);
        return context.Request.Path.StartsWithSegments(UploadsPath)
            ? ("uploads/" + who, limits.Uploads)
            : ("api/" + who, viewer.IsSignedIn ? limits.Person : limits.Address);
    }

    private static string AddressOf(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
            return "?";
        if (address.IsIPv4MappedToIPv6)
            return address.MapToIPv4().ToString();
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static ConcurrencyLimiterOptions Turns(RequestLimit limit) => new()
    {
        PermitLimit = Math.Max(1, limit.Concurrent),
        QueueLimit = Math.Max(0, limit.Queued),
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    };

    private static TokenBucketRateLimiterOptions Bucket(RequestLimit limit)
    {
        // One token every 1/PerMinute of a minute; the partitioned limiter refills every 100 ms, so above 600 a minute
        // each refill adds several.
        var perMinute = Math.Max(1, limit.PerMinute);
        var tokens = (int)Math.Ceiling(perMinute / 600d);
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, limit.Burst),
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) * tokens / perMinute,
            QueueLimit = 0,
        };
    }

    private static async ValueTask RefuseAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        // The bucket says when its next token comes; a full queue does not know: a second is a fair guess.
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var mediaType = context.Request.Path.StartsWithSegments(UploadsPath)
            ? GraphQLMediaTypes.Json
            : MediaTypeNegotiation.SelectResponseMediaType(context.Request.Headers.Accept) ?? GraphQLMediaTypes.Json;
        await new GraphQLRequestError(StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
                $"Trop de requêtes : réessayez dans {seconds} s. / Too many requests: try again in {seconds} s.")
            .WriteAsync(context, mediaType);
    }
}
