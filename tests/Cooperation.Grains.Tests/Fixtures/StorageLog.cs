using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace Cooperation.Grains.Tests.Fixtures;

/// <summary>
/// Wraps the test cluster's grain storage to count, for the grains a test watches, the records read and written
/// and the bytes each write would store (serialised as the silo stores grain state), and to make chosen writes fail.
/// </summary>
/// <remarks>Shared by both silos of the cluster: a grain may activate on either.</remarks>
public sealed class StorageLog(IGrainStorage inner) : IGrainStorage
{
    // The serializer the silo stores grain state with (UseSystemTextJsonGrainStorageSerializer).
    public static readonly SystemTextJsonGrainStorageSerializer Json = new(Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));

    private static readonly ConcurrentDictionary<GrainId, Counts> Watched = new();
    private static readonly ConcurrentDictionary<GrainId, Func<string, bool>> Failing = new();

    /// <summary>What storage did for one watched grain.</summary>
    public sealed class Counts
    {
        public long Reads;
        public long Writes;
        public long BytesWritten;
    }

    /// <summary>Starts counting (from zero) what storage does for <paramref name="grain"/>.</summary>
    public static Counts Watch(GrainId grain) => Watched[grain] = new Counts();

    /// <summary>Makes every write for <paramref name="grain"/> whose state name <paramref name="fails"/> says throw, until <see cref="Heal"/>.</summary>
    public static void FailWrites(GrainId grain, Func<string, bool> fails) => Failing[grain] = fails;

    public static void Heal(GrainId grain) => Failing.TryRemove(grain, out _);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (Watched.TryGetValue(grainId, out var counts))
            Interlocked.Increment(ref counts.Reads);
        return inner.ReadStateAsync(stateName, grainId, grainState);
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (Failing.TryGetValue(grainId, out var fails) && fails(stateName))
            throw new IOException($"Write of '{stateName}' refused by the test.");
        if (Watched.TryGetValue(grainId, out var counts))
        {
            Interlocked.Increment(ref counts.Writes);
            Interlocked.Add(ref counts.BytesWritten, Json.Serialize(grainState.State).ToMemory().Length);
        }
        return inner.WriteStateAsync(stateName, grainId, grainState);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);
}
