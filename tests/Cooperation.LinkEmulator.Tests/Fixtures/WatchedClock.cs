using Microsoft.Extensions.Time.Testing;

namespace Cooperation.LinkEmulator.Tests.Fixtures;

/// <summary>
/// A hand-moved clock that tells when something waits on it: the first timer created on it, with the wait asked for
/// and whether it has fired. Waiting for that timer replaces sleeping until the proxy "has probably" scheduled a packet.
/// </summary>
public sealed class WatchedClock : TimeProvider
{
    private readonly FakeTimeProvider _inner = new();
    private readonly TaskCompletionSource<WatchedTimer> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The first timer anyone created on this clock.</summary>
    public Task<WatchedTimer> FirstTimer => _first.Task;

    public void Advance(TimeSpan delta) => _inner.Advance(delta);

    public override long GetTimestamp() => _inner.GetTimestamp();

    public override long TimestampFrequency => _inner.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var watched = new WatchedTimer(dueTime);
        // Runs inside Advance, on the test's thread: after an Advance, Fired says for certain whether the time came.
        var timer = _inner.CreateTimer(s =>
        {
            watched.Fired = true;
            callback(s);
        }, state, dueTime, period);
        _first.TrySetResult(watched);
        return timer;
    }
}

/// <param name="DueTime">The wait asked for, from the moment the timer was created.</param>
public sealed record WatchedTimer(TimeSpan DueTime)
{
    public volatile bool Fired;
}
