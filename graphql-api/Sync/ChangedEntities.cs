using System.Collections.Concurrent;
using Cooperation.GraphQL.Schema.Actions;

namespace Cooperation.GraphQL.Sync;

/// <summary>An entity of the change feed as this request already holds it, e.g. the shipment a confirmation returned.</summary>
/// <param name="Version">The entity's version, as its grain records it in the partnership's feed.</param>
public sealed record ChangedSnapshot(string Kind, string EntityId, long Version, object Value);

/// <summary>
/// A kind of entity the change feed names, registered once: how to read one for the person asking, and what its grain
/// answers are worth to a change set.
/// </summary>
/// <param name="Kind">The kind its grain writes in the feed.</param>
/// <param name="Read">Reads one entity, by its grain key, for the acting person (the grain decides what she may read).</param>
/// <param name="Identity">
/// Which entity a value is, and at which version, so that an action's answer may stand in for a read; null when no
/// answer can (a document's annotations are read whole).
/// </param>
public sealed record ChangeKind<T>(string Kind, Func<ActionContext, string, Task<T>> Read, Func<T, (string EntityId, long Version)>? Identity = null)
    where T : class
{
    /// <summary>What an action returned, as a change set of the same request may show it; null for a kind read whole.</summary>
    public ChangedSnapshot? Snapshot(T value) =>
        Identity?.Invoke(value) is (var entityId, var version) ? new ChangedSnapshot(Kind, entityId, version, value) : null;
}

/// <summary>
/// The entities one change set names, each read from its grain at most once per answer (several fields may show the
/// same shipment), and not at all when an action of the same batch already returned it at that version.
/// </summary>
public sealed class ChangedEntities(ActionContext context)
{
    private readonly ConcurrentDictionary<(string Kind, string EntityId), ChangedSnapshot> _held = new();
    private readonly ConcurrentDictionary<(string Kind, string EntityId), Lazy<Task<object>>> _read = new();

    /// <summary>Keeps what an action returned; a later action on the same entity replaces it.</summary>
    public void Hold(ChangedSnapshot snapshot) => _held[(snapshot.Kind, snapshot.EntityId)] = snapshot;

    /// <summary>The entity at <paramref name="version"/> or later: held if this request has it, read from its grain otherwise.</summary>
    public async Task<T> GetAsync<T>(ChangeKind<T> kind, string entityId, long version) where T : class
    {
        if (_held.TryGetValue((kind.Kind, entityId), out var held) && held.Version >= version && held.Value is T value)
            return value;
        var read = _read.GetOrAdd((kind.Kind, entityId), key => new Lazy<Task<object>>(async () => await kind.Read(context, key.EntityId)));
        return (T)await read.Value;
    }
}
