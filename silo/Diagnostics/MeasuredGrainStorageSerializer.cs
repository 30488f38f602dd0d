using System.Runtime.CompilerServices;
using Orleans.Storage;

namespace Cooperation.Silo.Diagnostics;

/// <summary>
/// The serializer a counted grain storage provider writes with: it hands every call to the silo's serializer and notes
/// the size of what it serialized for the write in progress (see <see cref="MeasureAsync"/>), which is how
/// <see cref="CountedGrainStorage"/> knows the bytes of a record without serializing it a second time.
/// </summary>
/// <remarks>
/// Always a streaming serializer, so a provider takes one path whatever the silo configured; with a non-streaming
/// serializer underneath, the bytes are produced whole and then written to the stream.
/// </remarks>
public sealed class MeasuredGrainStorageSerializer(IGrainStorageSerializer serializer) : IGrainStorageStreamingSerializer
{
    // A box per write, reached through the async flow the provider serializes on: writes running at the same time on
    // other grains each see their own.
    private static readonly AsyncLocal<StrongBox<long>?> WriteInProgress = new();

    /// <summary>
    /// Runs <paramref name="write"/> and returns the bytes of the last record serialized during it (a write retried by
    /// the provider serializes again: the last one is what was stored), 0 when nothing was serialized (a clear).
    /// </summary>
    public static async Task<long> MeasureAsync(Func<Task> write)
    {
        var size = new StrongBox<long>();
        WriteInProgress.Value = size;
        await write();
        return size.Value;
    }

    public BinaryData Serialize<T>(T? input)
    {
        var bytes = serializer.Serialize(input);
        Note(bytes.ToMemory().Length);
        return bytes;
    }

    public async ValueTask SerializeAsync<T>(T? input, Stream destination, CancellationToken cancellationToken = default)
    {
        if (serializer is IGrainStorageStreamingSerializer streaming && destination.CanSeek)
        {
            var start = destination.Position;
            await streaming.SerializeAsync(input, destination, cancellationToken);
            Note(destination.Position - start);
            return;
        }
        await destination.WriteAsync(Serialize(input).ToMemory(), cancellationToken);
    }

    public T? Deserialize<T>(BinaryData input) => serializer.Deserialize<T>(input);

    public async ValueTask<T?> DeserializeAsync<T>(Stream input, CancellationToken cancellationToken = default) =>
        serializer is IGrainStorageStreamingSerializer streaming
            ? await streaming.DeserializeAsync<T>(input, cancellationToken)
            : serializer.Deserialize<T>(await BinaryData.FromStreamAsync(input, cancellationToken));

    private static void Note(long bytes)
    {
        if (WriteInProgress.Value is { } size)
            size.Value = bytes;
    }
}
