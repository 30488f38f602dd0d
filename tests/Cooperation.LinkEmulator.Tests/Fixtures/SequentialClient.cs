using System.Globalization;
using System.Net;
using System.Text;

namespace Cooperation.LinkEmulator.Tests.Fixtures;

/// <summary>
/// A phone sending requests one after another on one keep-alive connection, opening a new one after a
/// failure, with requests written byte for byte (HttpClient's pool would add its own retries and timing). Every socket
/// call takes <paramref name="cancellation"/> (the test's token, cancelled when it times out): a proxy or server that
/// never answers fails the test instead of holding the run.
/// </summary>
public sealed class SequentialClient(IPEndPoint proxy, CancellationToken cancellation) : IDisposable
{
    private Socket? _socket;

    /// <summary>Sends one request; true if its whole answer came back, false if the connection died.</summary>
    public async Task<bool> SendAsync(string method, string target, int bodyBytes = 0)
    {
        try
        {
            if (_socket is null)
            {
                _socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                await _socket.ConnectAsync(proxy, cancellation);
            }
            var head = $"{method} {target} HTTP/1.1\r\nHost: cooperation.test\r\nContent-Length: {bodyBytes}\r\n\r\n";
            await _socket.SendAsync(Encoding.ASCII.GetBytes(head), SocketFlags.None, cancellation);
            await _socket.SendAsync(TinyHttpServer.Content(bodyBytes), SocketFlags.None, cancellation);
            await ReadResponseAsync(_socket, cancellation);
            return true;
        }
        catch (Exception error) when (error is SocketException or IOException)
        {
            _socket?.Dispose();
            _socket = null;
            return false;
        }
    }

    public void Dispose() => _socket?.Dispose();

    private static async Task ReadResponseAsync(Socket socket, CancellationToken cancellation)
    {
        var received = new List<byte>();
        var buffer = new byte[8192];
        while (true)
        {
            var text = Encoding.ASCII.GetString([.. received]);
            var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (headEnd >= 0)
            {
                var lengthLine = text[..headEnd].Split("\r\n").Single(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
                var length = int.Parse(lengthLine["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
                if (received.Count >= headEnd + 4 + length)
                    return;
            }
            var read = await socket.ReceiveAsync(buffer, SocketFlags.None, cancellation);
            if (read == 0)
                throw new IOException("The connection ended before the answer did.");
            received.AddRange(buffer.AsSpan(0, read));
        }
    }
}
