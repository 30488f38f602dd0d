namespace Cooperation.FieldAgent;

/// <summary>
/// The agent's pending work, in the order it was done (IndexedDB in the web client; memory here). An action leaves
/// only when the server acknowledged its id; a refused one moves to <see cref="Refused"/> for the agent to see.
/// </summary>
public sealed class Outbox
{
    private readonly List<OutboxAction> _pending = [];
    private readonly List<RefusedAction> _refused = [];
    private readonly Lock _gate = new();

    /// <summary>Actions not yet acknowledged, oldest first.</summary>
    public IReadOnlyList<OutboxAction> Pending
    {
        get
        {
            lock (_gate)
                return [.. _pending];
        }
    }

    /// <summary>Actions the server refused for good, with its reasons.</summary>
    public IReadOnlyList<RefusedAction> Refused
    {
        get
        {
            lock (_gate)
                return [.. _refused];
        }
    }

    /// <summary>Queues an action; its client id must be new to this outbox.</summary>
    public void Add(OutboxAction action)
    {
        lock (_gate)
        {
            if (_pending.Any(a => a.ClientMutationId == action.ClientMutationId))
                throw new InvalidOperationException($"Action {action.ClientMutationId} is already queued.");
            _pending.Add(action);
        }
    }

    /// <summary>Removes an acknowledged action; false if it was no longer there.</summary>
    internal bool Acknowledge(string clientMutationId)
    {
        lock (_gate)
            return _pending.RemoveAll(a => a.ClientMutationId == clientMutationId) > 0;
    }

    /// <summary>Moves a refused action out of the queue, keeping it with the reason.</summary>
    internal void Refuse(string clientMutationId, string code, string message)
    {
        lock (_gate)
        {
            var index = _pending.FindIndex(a => a.ClientMutationId == clientMutationId);
            if (index < 0)
                return;
            _refused.Add(new RefusedAction(_pending[index], code, message));
            _pending.RemoveAt(index);
        }
    }
}
