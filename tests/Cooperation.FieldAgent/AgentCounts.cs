using System.Collections.Concurrent;

namespace Cooperation.FieldAgent;

/// <summary>
/// What one client did on the wire, counted by the client itself (the link emulator counts the other side, including
/// the requests HttpClient resends by itself when an answer is cut before its first byte on a reused connection).
/// </summary>
public sealed class AgentCounts
{
    private readonly ConcurrentDictionary<string, int> _acknowledgements = new(StringComparer.Ordinal);
    private long _requests, _networkFailures, _bytesResent, _blocksSent, _blocksResent, _photosCommitted;

    /// <summary>Requests the client sent, each attempt counted.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Attempts that ended without an answer (connection dropped, timed out).</summary>
    public long NetworkFailures => Interlocked.Read(ref _networkFailures);

    /// <summary>Request bodies sent again: a sync batch replayed, a block sent a second time.</summary>
    public long BytesResent => Interlocked.Read(ref _bytesResent);

    /// <summary>Block PUTs, each attempt counted.</summary>
    public long BlocksSent => Interlocked.Read(ref _blocksSent);

    /// <summary>Blocks sent more than once.</summary>
    public long BlocksResent => Interlocked.Read(ref _blocksResent);

    /// <summary>Photos whose commit the server acknowledged.</summary>
    public long PhotosCommitted => Interlocked.Read(ref _photosCommitted);

    /// <summary>How many times each action's id came back without error (a faithful client sees each once).</summary>
    public IReadOnlyDictionary<string, int> Acknowledgements => _acknowledgements;

    public override string ToString() =>
        $"{Requests} requests, {NetworkFailures} network failures, {BytesResent:N0} B re-sent ({BlocksResent} of {BlocksSent} block PUTs), " +
        $"{_acknowledgements.Count} actions acknowledged ({_acknowledgements.Values.Count(n => n > 1)} more than once), {PhotosCommitted} photos committed";

    internal void Request() => Interlocked.Increment(ref _requests);

    internal void NetworkFailure() => Interlocked.Increment(ref _networkFailures);

    internal void Resent(long bytes) => Interlocked.Add(ref _bytesResent, bytes);

    internal void BlockSent(bool again)
    {
        Interlocked.Increment(ref _blocksSent);
        if (again)
            Interlocked.Increment(ref _blocksResent);
    }

    internal void Acknowledged(string clientMutationId) => _acknowledgements.AddOrUpdate(clientMutationId, 1, (_, n) => n + 1);

    internal void PhotoCommitted() => Interlocked.Increment(ref _photosCommitted);
}
