namespace Cooperation.Grains.Common;

/// <summary>Persisted state of <see cref="IDueWorkCatchUpGrain"/>.</summary>
[GenerateSerializer]
public sealed class DueWorkCatchUpState
{
    [Id(0)] public int Version { get; set; }
}
