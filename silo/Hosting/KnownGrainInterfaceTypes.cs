using System.Collections.Concurrent;
using Orleans.Metadata;

namespace Cooperation.Silo.Hosting;

/// <summary>
/// Keeps the Orleans type name of each grain interface once resolved. Orleans 10.4 resolves it anew at every
/// <c>GetGrain</c>, reading the interface's attributes by reflection (<see cref="GrainInterfaceTypeResolver"/> keeps
/// nothing), and one read of a partnership makes several such calls: about 3 % of a read's CPU.
/// </summary>
/// <remarks>
/// Asked first, it answers from what Orleans' own resolver said the first time, so names are Orleans' to the letter.
/// Generic interfaces are left to Orleans, which adds their type arguments after any provider answers.
/// </remarks>
internal sealed class KnownGrainInterfaceTypes(IServiceProvider services) : IGrainInterfaceTypeProvider
{
    private readonly ConcurrentDictionary<Type, GrainInterfaceType> _known = new();

    // Set while Orleans' resolver runs on this thread for us, so that it skips this provider and asks its own.
    [ThreadStatic]
    private static bool t_resolving;

    public bool TryGetGrainInterfaceType(Type type, out GrainInterfaceType grainInterfaceType)
    {
        if (_known.TryGetValue(type, out grainInterfaceType))
            return true;
        if (t_resolving || type.IsGenericType)
            return false;
        t_resolving = true;
        try
        {
            grainInterfaceType = services.GetRequiredService<GrainInterfaceTypeResolver>().GetGrainInterfaceType(type);
        }
        finally
        {
            t_resolving = false;
        }
        _known.TryAdd(type, grainInterfaceType);
        return true;
    }
}

public static class KnownGrainInterfaceTypesExtensions
{
    /// <summary>Puts <see cref="KnownGrainInterfaceTypes"/> before Orleans' providers: the resolver asks them in order.</summary>
    public static IServiceCollection AddKnownGrainInterfaceTypes(this IServiceCollection services)
    {
        if (!services.Any(d => d.ImplementationType == typeof(KnownGrainInterfaceTypes)))
            services.Insert(0, ServiceDescriptor.Singleton<IGrainInterfaceTypeProvider, KnownGrainInterfaceTypes>());
        return services;
    }
}
