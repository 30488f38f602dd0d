namespace Cooperation.LinkEmulator.Tests.Fixtures;

/// <summary>
/// Sends back every byte it gets (or, as a sink, only reads them); when the client finishes sending, it
/// finishes too (half-close).
/// </summary>
public sealed class EchoServer : LoopbackServer
{
    private readonly bool _echo;
    private readonly List<(long Bytes, TaskCompletionSource Done)> _waiting = [];
    private long _received;

    public EchoServer(bool echo = true)
    {
        _echo = echo;
        Start();
    }

    /// <summary>Bytes received on every connection so far.</summary>
    public long Received => Interlocked.Read(ref _received);

    /// <summary>Completes once <paramref name="bytes"/> bytes in all have arrived: waiting on it replaces polling.</summary>
    public Task ReceivedAtLeast(long bytes)
    {
        lock (_waiting)
        {
            if (Received >= bytes)
                return Task.CompletedTask;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((bytes, done));
            return done.Task;
        }
    }

    /// <summary>Completes when a connection has ended, by a clean end or a reset.</summary>
    public TaskCompletionSource ConnectionEnded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ServeAsync(Socket socket)
    {
        using var _ = socket;
        var buffer = new byte[8192];
        try
        {
            int read;
            while ((read = await socket.ReceiveAsync(buffer, SocketFlags.None, Stopping)) > 0)
            {
                var total = Interlocked.Add(ref _received, read);
                lock (_waiting)
                {
                    foreach (var (bytes, done) in _waiting.Where(w => w.Bytes <= total))
                        done.TrySetResult();
                    _waiting.RemoveAll(w => w.Bytes <= total);
                }
                if (_echo)
                    await socket.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, Stopping);
            }
            socket.Shutdown(SocketShutdown.Send);
        }
        catch (Exception error) when (error is OperationCanceledException or SocketException)
        {
        }
        ConnectionEnded.TrySetResult();
    }
}
