using System.Collections.Concurrent;
using Cooperation.Grains.Notices;

namespace Cooperation.Grains.Tests.Fixtures;

/// <summary>
/// People whose notices are out of reach, for now: a notice posted to them fails, as it would with their notices' silo
/// gone. A test adds an address, acts, takes it out, and sees whether the notice still arrives.
/// </summary>
public sealed class NoticeOutage : IIncomingGrainCallFilter
{
    /// <summary>The account keys whose notices refuse what is posted.</summary>
    public ConcurrentDictionary<string, bool> OutOfReach { get; } = new();

    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod?.DeclaringType == typeof(INoticesGrain)
            && context.InterfaceMethod.Name == nameof(INoticesGrain.PostAsync)
            && OutOfReach.ContainsKey(context.TargetId.Key.ToString()!))
            throw new TimeoutException("The person's notices are out of reach.");
        return context.Invoke();
    }
}
