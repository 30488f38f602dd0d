using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans;
using Orleans.Reminders;
using Orleans.Runtime;

namespace Cooperation.GraphQL.Tests.Fixtures;

/// <summary>
/// Watches a host's reminder ticks: completes once each of the given reminders (a grain and a reminder's name: a grain
/// may have several, a report its « due soon » and its « overdue ») has been handled. Added to a host whose grains and
/// reminders follow a clock the test moves (<see cref="Follow"/>).
/// </summary>
public sealed class ReminderTicks(params (GrainId Grain, string Reminder)[] reminders) : IIncomingGrainCallFilter
{
    private readonly HashSet<(GrainId, string)> _waiting = [.. reminders];
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when every reminder has ticked.</summary>
    public Task Done => _done.Task;

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        await context.Invoke();
        if (context.MethodName != nameof(IRemindable.ReceiveReminder) || context.Request.GetArgument(0) is not string name)
            return;
        lock (_waiting)
        {
            if (_waiting.Remove((context.TargetId, name)) && _waiting.Count == 0)
                _done.TrySetResult();
        }
    }

    /// <summary>
    /// The services of a host whose grains and reminders follow <paramref name="time"/> and whose ticks this watches.
    /// Only those: the silo's own upkeep (membership above all) keeps the real clock, or moving the test's would have
    /// the silo declare itself dead.
    /// </summary>
    public void Follow(IServiceCollection services, FakeTimeProvider time)
    {
        services.AddSingleton<IIncomingGrainCallFilter>(this);
        services.AddKeyedSingleton<TimeProvider>(KeyedService.AnyKey, TimeProvider.System);
        services.AddKeyedSingleton<TimeProvider>(TimeProviderNames.Grains, time);
        services.AddKeyedSingleton<TimeProvider>(ReminderTimeProviderNames.Reminders, time);
    }

    /// <summary>Moves <paramref name="time"/> one reminder beat at a time until every grain has ticked (at most 600 beats); whether they all did.</summary>
    public async Task<bool> UntilDoneAsync(FakeTimeProvider time)
    {
        for (var beat = 0; beat < 600 && !Done.IsCompleted; beat++)
        {
            time.Advance(Cooperation.Grains.Common.DueWork.RetryPeriod);
            await Task.WhenAny(Done, Task.Delay(100, TestContext.Current.CancellationToken));
        }
        return Done.IsCompleted;
    }
}
