namespace Cooperation.Grains.Accounts;

/// <summary>
/// How long sign-in attempts are refused after consecutive failures: none after 1 or 2, 5 s after the 3rd, 10 s after
/// the 4th, 15 minutes from the 5th on. Time comes from the grain's clock; nothing sleeps.
/// </summary>
public static class SignInThrottle
{
    public const int FailuresBeforeWaiting = 3;
    public const int FailuresBeforeLockout = 5;

    public static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan SecondWait = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    /// <summary>The wait imposed after <paramref name="consecutiveFailures"/> failures, or null when the next attempt is heard at once.</summary>
    public static TimeSpan? WaitAfter(int consecutiveFailures) => consecutiveFailures switch
    {
        < FailuresBeforeWaiting => null,
        FailuresBeforeWaiting => FirstWait,
        < FailuresBeforeLockout => SecondWait,
        _ => Lockout,
    };
}
