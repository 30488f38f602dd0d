using System.Collections.Concurrent;

namespace Cooperation.GraphQL.Tests.Fixtures;

/// <summary>
/// Counts the grain calls a host makes, telling those the API makes itself (from a request) from those grains make to
/// one another.
/// </summary>
public sealed class GrainCallCounter : IOutgoingGrainCallFilter
{
    private readonly ConcurrentQueue<(bool FromApi, string Call)> _calls = new();

    public Task Invoke(IOutgoingGrainCallContext context)
    {
        // A call from a request has no grain behind it; a grain's call has its activation as source.
        _calls.Enqueue((context.SourceContext?.GrainInstance is null, $"{context.InterfaceMethod.DeclaringType?.Name}.{context.MethodName}"));
        return context.Invoke();
    }

    /// <summary>Forgets what was counted so far.</summary>
    public void Clear() => _calls.Clear();

    /// <summary>The calls the API made, by interface and method, in order.</summary>
    public IReadOnlyList<string> FromApi => [.. _calls.Where(c => c.FromApi).Select(c => c.Call)];

    /// <summary>Every call counted, the grains' among themselves included.</summary>
    public IReadOnlyList<string> All => [.. _calls.Select(c => c.Call)];
}
