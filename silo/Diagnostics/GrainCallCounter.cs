namespace Cooperation.Silo.Diagnostics;

/// <summary>Counts every call a grain receives, from the API or from another grain, in <see cref="SiloMetrics"/>.</summary>
/// <remarks>Registered on the silo with <c>AddIncomingGrainCallFilter</c>; while nobody listens it only checks a flag.</remarks>
public sealed class GrainCallCounter(SiloMetrics metrics) : IIncomingGrainCallFilter
{
    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (metrics.CountsGrainCalls)
            metrics.GrainCalled(context.TargetId.Type, context.MethodName);
        return context.Invoke();
    }
}
