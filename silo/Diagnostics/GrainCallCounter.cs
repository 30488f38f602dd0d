namespace Cooperation.Silo.Diagnostics;

/// <summary>Counts every call a grain receives, from the API or from another grain, in <see cref="SiloMetrics"/>.</summary>
/// <remarks>
/// Registered on the silo with <c>AddIncomingGrainCallFilter</c>; while nobody listens it only checks a flag.
/// A reminder's tick is due work, not anyone's request: the tick and everything it calls or writes are counted apart
/// (<see cref="SiloMetrics.DueWorkOrigin"/>), so that a report falling due while a confirmation is measured does not
/// make the confirmation look dearer. The mark rides on the <see cref="RequestContext"/>, which Orleans carries along
/// every call the tick makes.
/// </remarks>
public sealed class GrainCallCounter(SiloMetrics metrics) : IIncomingGrainCallFilter
{
    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (!metrics.CountsGrainCalls)
            return context.Invoke();
        if (SiloMetrics.InDueWork)
        {
            metrics.GrainCalled(context.TargetId.Type, context.MethodName, dueWork: true);
            return context.Invoke();
        }
        if (context.InterfaceMethod?.DeclaringType != typeof(IRemindable))
        {
            metrics.GrainCalled(context.TargetId.Type, context.MethodName, dueWork: false);
            return context.Invoke();
        }
        metrics.GrainCalled(context.TargetId.Type, context.MethodName, dueWork: true);
        return InvokeAsDueWork(context);
    }

    // An async method of its own: the mark set here stays in this call's flow and is gone when it returns.
    private static async Task InvokeAsDueWork(IIncomingGrainCallContext context)
    {
        SiloMetrics.MarkDueWork();
        await context.Invoke();
    }
}
