using System.Runtime.InteropServices;
using Orleans.Storage;

namespace Cooperation.Silo.Storage.LocalDisk;

// How a state object becomes a record's content and back, with whichever serializer the silo configured.
public sealed partial class LocalDiskGrainStorage
{
    // Serialized before the record's lock is taken, so a slow serialization never holds up another record's write.
    private async ValueTask<ReadOnlyMemory<byte>> SerializeAsync<T>(T state, CancellationToken cancellationToken)
    {
        if (Serializer is IGrainStorageStreamingSerializer streaming)
        {
            var buffer = new MemoryStream();
            await streaming.SerializeAsync(state, buffer, cancellationToken);
            return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        }
        return Serializer.Serialize(state).ToMemory();
    }

    private async ValueTask<T?> DeserializeAsync<T>(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        if (Serializer is IGrainStorageStreamingSerializer streaming)
        {
            var bytes = MemoryMarshal.TryGetArray(content, out var array) ? array : new ArraySegment<byte>(content.ToArray());
            using var stream = new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false);
            return await streaming.DeserializeAsync<T>(stream, cancellationToken);
        }
        return Serializer.Deserialize<T>(new BinaryData(content));
    }
}
