using Orleans.Storage;

namespace Cooperation.Silo.Storage;

// How a state object becomes blob content and back, with whichever serializer the silo configured.
public sealed partial class BlobGrainStorage
{
    private async ValueTask<BinaryData> SerializeAsync<T>(T state, CancellationToken cancellationToken)
    {
        if (Serializer is IGrainStorageStreamingSerializer streaming)
        {
            // Buffered rather than streamed to the service: the content must be replayable for the
            // missing-container retry, and a length lets the SDK upload in one request.
            var buffer = new MemoryStream();
            await streaming.SerializeAsync(state, buffer, cancellationToken);
            return new BinaryData(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
        }
        return Serializer.Serialize(state);
    }

    private async ValueTask<T?> DeserializeAsync<T>(Stream content, CancellationToken cancellationToken)
    {
        if (Serializer is IGrainStorageStreamingSerializer streaming)
            return await streaming.DeserializeAsync<T>(content, cancellationToken);
        return Serializer.Deserialize<T>(await BinaryData.FromStreamAsync(content, cancellationToken));
    }
}
