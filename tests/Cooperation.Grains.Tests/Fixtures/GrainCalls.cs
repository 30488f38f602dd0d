using System.Collections.Concurrent;

namespace Cooperation.Grains.Tests.Fixtures;

/// <summary>
/// Every call the cluster's grains receive, by interface and method: a test counts what one user action costs. Tests of
/// the shared cluster run one at a time, so the calls seen between <see cref="Start"/> and <see cref="Seen"/> are that
/// test's own.
/// </summary>
public sealed class GrainCalls : IIncomingGrainCallFilter
{
    private ConcurrentQueue<string> _calls = new();

    /// <summary>Forgets the calls seen so far.</summary>
    public void Start() => _calls = new ConcurrentQueue<string>();

    /// <summary>The calls received since <see cref="Start"/>, in order, as "IShipmentGrain.ConfirmItemsAsync".</summary>
    public IReadOnlyList<string> Seen => [.. _calls];

    public Task Invoke(IIncomingGrainCallContext context)
    {
        // Orleans' own grains (membership, directory) are not the application's cost.
        if (context.InterfaceMethod?.DeclaringType is { Namespace: { } ns } type && ns.StartsWith("Cooperation.", StringComparison.Ordinal))
            _calls.Enqueue($"{type.Name}.{context.InterfaceMethod.Name}");
        return context.Invoke();
    }
}
