using System.Net;

namespace Cooperation.LinkEmulator.Tests.Fixtures;

/// <summary>
/// Sends back every byte it gets (or, as a sink, only reads them); when the client finishes sending, it
/// finishes too (half-close).
/// </summary>
public sealed class EchoServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _connections = [];
    private readonly bool _echo;
    private readonly Task _accepting;
    private long _received;

    public EchoServer(bool echo = true)
    {
        _echo = echo;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Bytes received on every connection so far.</summary>
    public long Received => Interlocked.Read(ref _received);

    /// <summary>Completes when a connection has ended, by a clean end or a reset.</summary>
    public TaskCompletionSource ConnectionEnded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        await _accepting;
        Task[] connections;
        lock (_connections)
            connections = [.. _connections];
        await Task.WhenAll(connections);
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var socket = await _listener.AcceptSocketAsync(_stop.Token);
                lock (_connections)
                    _connections.Add(EchoAsync(socket));
            }
        }
        catch (Exception error) when (error is OperationCanceledException or SocketException or InvalidOperationException)
        {
        }
    }

    private async Task EchoAsync(Socket socket)
    {
        using var _ = socket;
        var buffer = new byte[8192];
        try
        {
            int read;
            while ((read = await socket.ReceiveAsync(buffer, SocketFlags.None, _stop.Token)) > 0)
            {
                Interlocked.Add(ref _received, read);
                if (_echo)
                    await socket.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, _stop.Token);
            }
            socket.Shutdown(SocketShutdown.Send);
        }
        catch (Exception error) when (error is OperationCanceledException or SocketException)
        {
        }
        ConnectionEnded.TrySetResult();
    }
}
