using System.Net;

namespace Cooperation.FieldAgent;

/// <summary>
/// A request body that says when it has been handed to the connection: the client then starts the next request on the
/// same HTTP/2 connection, whose bytes queue behind this one's, so the link never waits for an answer to carry more.
/// </summary>
internal sealed class HandedOverContent(ReadOnlyMemory<byte> bytes, TaskCompletionSource handedOver) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        await SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        try
        {
            await stream.WriteAsync(bytes, cancellationToken);
        }
        finally
        {
            handedOver.TrySetResult();
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = bytes.Length;
        return true;
    }
}
