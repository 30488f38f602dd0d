using System.Net;
using System.Net.Security;
using System.Security.Authentication;
using Cooperation.Testing;

namespace Cooperation.LinkEmulator.Tests;

/// <summary>
/// Real TLS through the proxy, as phones will reach the Azure ingress: the proxy cannot read it, forwards it untouched,
/// and counts exactly the bytes each side put on the wire (handshake, records and all), with no modelled overhead.
/// </summary>
public sealed class TlsStreamTests
{
    /// <summary>
    /// A TLS 1.3 session through the proxy sends 20,000 bytes up and 50,000 down: the proxy's byte counts equal what
    /// the client's and the server's sockets wrote, and no HTTP request is counted, since none can be read.
    /// </summary>
    [Fact(Timeout = Deadline.Test)]
    public async Task Counters_TlsSession_CountExactlyTheBytesBothSocketsSent()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var certificate = LoopbackCertificate.Create();
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        await using var link = LinkProxy.Start("127.0.0.1", ((IPEndPoint)listener.LocalEndpoint).Port, LinkProfile.Loopback, new LinkProxyOptions { ModelTls = false });

        var serving = ServeAsync(listener, certificate, cancellation);
        using var socket = new TcpClient();
        await socket.ConnectAsync(link.EndPoint, cancellation);
        var wire = new CountingStream(socket.GetStream());
        await using (var tls = new SslStream(wire, leaveInnerStreamOpen: true, LoopbackCertificate.Pin(certificate)))
        {
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = "localhost", EnabledSslProtocols = SslProtocols.Tls13 }, cancellation);
            await tls.WriteAsync(new byte[20_000], cancellation);
            var answer = new byte[50_000];
            await tls.ReadExactlyAsync(answer, cancellation);
            // One last byte each way: everything before it has crossed both ways.
            await tls.WriteAsync(new byte[1], cancellation);
            await tls.ReadExactlyAsync(new byte[1], cancellation);
        }
        var server = await serving;

        var counts = link.Counters.Snapshot();
        Assert.Equal((wire.BytesWritten, server.BytesRead), (counts.PayloadBytesUp, counts.PayloadBytesUp));
        Assert.Equal((wire.BytesRead, server.BytesWritten), (counts.PayloadBytesDown, counts.PayloadBytesDown));
        Assert.InRange(counts.PayloadBytesUp, 20_001, 30_000);
        Assert.InRange(counts.PayloadBytesDown, 50_001, 60_000);
        Assert.Equal((0L, 1L), (counts.Requests, counts.ConnectionsOpened));
    }

    /// <summary>The server's side: reads 20,000 bytes, answers 50,000, echoes the last byte; returns its socket's counts.</summary>
    private static async Task<CountingStream> ServeAsync(TcpListener listener, System.Security.Cryptography.X509Certificates.X509Certificate2 certificate, CancellationToken cancellation)
    {
        using var socket = await listener.AcceptTcpClientAsync(cancellation);
        var wire = new CountingStream(socket.GetStream());
        await using var tls = new SslStream(wire, leaveInnerStreamOpen: true);
        await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = certificate, EnabledSslProtocols = SslProtocols.Tls13 }, cancellation);
        await tls.ReadExactlyAsync(new byte[20_000], cancellation);
        await tls.WriteAsync(new byte[50_000], cancellation);
        var last = new byte[1];
        await tls.ReadExactlyAsync(last, cancellation);
        await tls.WriteAsync(last, cancellation);
        return wire;
    }

    /// <summary>A socket's stream that counts the bytes read from and written to it.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }
        public long BytesWritten { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await inner.ReadAsync(buffer, cancellationToken);
            BytesRead += read;
            return read;
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await inner.WriteAsync(buffer, cancellationToken);
            BytesWritten += buffer.Length;
        }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();
        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
        public override void Flush() => inner.Flush();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
