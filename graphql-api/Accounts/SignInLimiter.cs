using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Cooperation.GraphQL.Accounts;

/// <summary>
/// Sign-in attempts per client address (ASP.NET Core's rate limiting primitives), above the per-account
/// slow-down the account grain applies: one address cannot try many accounts quickly either.
/// </summary>
public sealed class SignInLimiter(IOptions<AuthOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetSlidingWindowLimiter(address, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = options.Value.SignInAttemptsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        }));

    /// <summary>Null when the attempt may go on, else how long to wait.</summary>
    public TimeSpan? TryAttempt(string clientAddress)
    {
        using var lease = _limiter.AttemptAcquire(clientAddress);
        return lease.IsAcquired ? null
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(10);
    }

    public void Dispose() => _limiter.Dispose();
}
