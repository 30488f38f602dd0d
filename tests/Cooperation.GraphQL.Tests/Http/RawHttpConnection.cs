using System.Net.Sockets;
using System.Text;

namespace Cooperation.GraphQL.Tests.Http;

/// <summary>
/// One TCP connection that sends requests byte for byte and reads answers byte for byte, to count what goes on the
/// wire (headers included) and to see whether the connection is kept alive.
/// </summary>
internal sealed class RawHttpConnection : IAsyncDisposable
{
    private readonly TcpClient _client = new();
    private readonly MemoryStream _pending = new();
    private NetworkStream _stream = null!;

    public static async Task<RawHttpConnection> OpenAsync(Uri baseAddress)
    {
        var connection = new RawHttpConnection();
        await connection._client.ConnectAsync(baseAddress.Host, baseAddress.Port, TestContext.Current.CancellationToken);
        connection._stream = connection._client.GetStream();
        return connection;
    }

    /// <summary>Sends <paramref name="request"/> and returns the whole answer: status line, headers and body, as sent.</summary>
    public async Task<RawAnswer> ExchangeAsync(byte[] request)
    {
        var ct = TestContext.Current.CancellationToken;
        await _stream.WriteAsync(request, ct);

        var headerEnd = await FillUntilAsync(() => IndexOf(_pending.ToArray(), "\r\n\r\n"u8) is var i and >= 0 ? i + 4 : -1, ct);
        var head = Encoding.ASCII.GetString(_pending.GetBuffer(), 0, headerEnd);
        var length = Header(head, "Content-Length") is { } declared ? headerEnd + int.Parse(declared) : -1;
        var chunked = Header(head, "Transfer-Encoding") == "chunked";
        var end = chunked
            ? await FillUntilAsync(() => IndexOf(_pending.ToArray()[headerEnd..], "0\r\n\r\n"u8) is var j and >= 0 ? headerEnd + j + 5 : -1, ct)
            : length > 0 ? await FillUntilAsync(() => _pending.Length >= length ? length : -1, ct) : headerEnd;

        var all = _pending.ToArray();
        _pending.SetLength(0);
        _pending.Write(all, end, all.Length - end);
        return new RawAnswer(all[..headerEnd], all[headerEnd..end]);
    }

    public static string? Header(string head, string name) =>
        head.Split("\r\n").FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))?[(name.Length + 1)..].Trim();

    private async Task<int> FillUntilAsync(Func<int> found, CancellationToken ct)
    {
        var chunk = new byte[8192];
        int at;
        while ((at = found()) < 0)
        {
            var read = await _stream.ReadAsync(chunk, ct);
            if (read == 0)
                throw new IOException("The server closed the connection.");
            _pending.Write(chunk, 0, read);
        }

        return at;
    }

    private static int IndexOf(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle);

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>An answer as it came off the wire.</summary>
internal sealed record RawAnswer(byte[] Head, byte[] Body)
{
    public string HeadText => Encoding.ASCII.GetString(Head);

    public int Status => int.Parse(HeadText.Split(' ')[1]);
}
