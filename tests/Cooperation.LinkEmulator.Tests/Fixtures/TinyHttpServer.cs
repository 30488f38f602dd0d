using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Cooperation.LinkEmulator.Tests.Fixtures;

/// <summary>A request as the server got it, with the exact bytes of it and of the answer.</summary>
public sealed record ServedRequest(string Method, string Target, long RequestBytes, long BodyBytes, long ResponseBytes);

/// <summary>
/// An HTTP/1.1 server small enough that every byte it reads and writes is known: <c>/bytes/N</c> answers
/// N bytes, <c>/chunked/N</c> the same chunked (HEAD: the head alone); any other target answers an empty 200. Request bodies may
/// come with Content-Length or chunked.
/// Connections are kept alive.
/// </summary>
public sealed class TinyHttpServer : LoopbackServer
{
    public TinyHttpServer() => Start();

    /// <summary>Every request read whole and answered, in order.</summary>
    public ConcurrentQueue<ServedRequest> Served { get; } = new();

    /// <summary>The deterministic content of an N-byte answer.</summary>
    public static byte[] Content(int length) => [.. Enumerable.Range(0, length).Select(i => (byte)('a' + i % 26))];

    protected override async Task ServeAsync(Socket socket)
    {
        using var _ = socket;
        await using var stream = new NetworkStream(socket);
        var reader = new CountingReader(stream, Stopping);
        try
        {
            while (await reader.ReadLineAsync() is { } requestLine)
            {
                reader.Consumed = Encoding.ASCII.GetByteCount(requestLine) + 2;
                var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                while (await reader.ReadLineAsync() is { Length: > 0 } header)
                {
                    var colon = header.IndexOf(':');
                    headers[header[..colon].Trim()] = header[(colon + 1)..].Trim();
                }
                var body = headers.TryGetValue("Transfer-Encoding", out var coding) && coding.Contains("chunked", StringComparison.OrdinalIgnoreCase)
                    ? await ReadChunkedAsync(reader)
                    : await reader.SkipAsync(headers.TryGetValue("Content-Length", out var length) ? long.Parse(length, CultureInfo.InvariantCulture) : 0);

                var (method, target) = (requestLine.Split(' ')[0], requestLine.Split(' ')[1]);
                var answer = Answer(target);
                if (method == "HEAD")
                    answer = answer[..(answer.AsSpan().IndexOf("\r\n\r\n"u8) + 4)];
                Served.Enqueue(new ServedRequest(method, target, reader.Consumed, body, answer.Length));
                await stream.WriteAsync(answer, Stopping);
            }
        }
        catch (Exception error) when (error is OperationCanceledException or IOException or SocketException)
        {
            // A dropped connection: the request in flight is not recorded as served.
        }
    }

    /// <summary><c>/bytes/N</c>: N bytes with their length; <c>/chunked/N</c>: N bytes in chunks of 1,000; else nothing.</summary>
    private static byte[] Answer(string target)
    {
        if (target.StartsWith("/chunked/", StringComparison.Ordinal))
        {
            var content = Content(int.Parse(target["/chunked/".Length..], CultureInfo.InvariantCulture));
            var answer = new List<byte>(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"));
            foreach (var chunk in content.Chunk(1000))
            {
                answer.AddRange(Encoding.ASCII.GetBytes($"{chunk.Length:x}\r\n"));
                answer.AddRange(chunk);
                answer.AddRange("\r\n"u8);
            }
            answer.AddRange("0\r\n\r\n"u8);
            return [.. answer];
        }
        var size = target.StartsWith("/bytes/", StringComparison.Ordinal) ? int.Parse(target["/bytes/".Length..], CultureInfo.InvariantCulture) : 0;
        return [.. Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Length: {size}\r\n\r\n"), .. Content(size)];
    }

    private static async Task<long> ReadChunkedAsync(CountingReader reader)
    {
        long body = 0;
        while (true)
        {
            var size = long.Parse((await reader.ReadLineAsync())!.Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                while (await reader.ReadLineAsync() is { Length: > 0 })
                {
                }
                return body;
            }
            body += await reader.SkipAsync(size);
            await reader.ReadLineAsync();
        }
    }

    /// <summary>Reads lines and bodies from a stream, counting every byte taken.</summary>
    private sealed class CountingReader(Stream stream, CancellationToken cancellation)
    {
        private readonly byte[] _buffer = new byte[8192];
        private int _start;
        private int _end;

        public long Consumed { get; set; }

        public async Task<string?> ReadLineAsync()
        {
            var line = new List<byte>();
            while (true)
            {
                if (_start == _end && !await FillAsync())
                    return line.Count == 0 ? null : throw new IOException("The connection ended inside a line.");
                var b = _buffer[_start++];
                Consumed++;
                if (b == '\n')
                    return Encoding.ASCII.GetString([.. line]).TrimEnd('\r');
                line.Add(b);
            }
        }

        public async Task<long> SkipAsync(long count)
        {
            var left = count;
            while (left > 0)
            {
                if (_start == _end && !await FillAsync())
                    throw new IOException("The connection ended inside a body.");
                var take = (int)Math.Min(left, _end - _start);
                _start += take;
                left -= take;
                Consumed += take;
            }
            return count;
        }

        private async Task<bool> FillAsync()
        {
            _start = 0;
            _end = await stream.ReadAsync(_buffer, cancellation);
            return _end > 0;
        }
    }
}
