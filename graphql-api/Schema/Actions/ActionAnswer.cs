using Cooperation.Grains.Shipments;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Sync;

namespace Cooperation.GraphQL.Schema.Actions;

/// <summary>What a field action answers: the echoed client id and what the grain returned.</summary>
public sealed record ActionPayload<TResult>(string ClientMutationId, TResult Result);

/// <summary>
/// What a family of field actions answers, declared once per kind of result: the payload's fields after
/// <c>clientMutationId</c>, the notices a sync batch reports, and the snapshot a change set may reuse.
/// </summary>
/// <param name="Description">The payload type's description.</param>
/// <param name="Fields">Adds the payload's fields that carry the result.</param>
public sealed record ActionAnswer<TResult>(string Description, Action<ObjectGraphType<ActionPayload<TResult>>> Fields)
{
    /// <summary>How verdicts landed when not simply recorded; none for most actions.</summary>
    public Func<TResult, IReadOnlyList<ItemOutcome>> Notices { get; init; } = _ => [];

    /// <summary>The entity as the action left it, which a change set in the same request need not read again.</summary>
    public Func<TResult, ChangedSnapshot?> Snapshot { get; init; } = _ => null;

    /// <summary>The same answer, whose entity a change set of the same request shows without reading it again.</summary>
    public ActionAnswer<TResult> Changing<TEntity>(ChangeKind<TEntity> kind, Func<TResult, TEntity> entity)
        where TEntity : class => this with { Snapshot = r => kind.Snapshot(entity(r)) };

    /// <summary>The usual answer: the echoed client id and one field holding the entity.</summary>
    public static ActionAnswer<TResult> Entity<TGraphType>(string field, string description)
        where TGraphType : IGraphType =>
        new(description, payload => payload.Field<NonNullGraphType<TGraphType>>(field).Resolve(c => c.Source.Result));
}

/// <summary>One payload type per field action (<c>PrepareShipmentPayload</c>, …), all made the same way.</summary>
[DoNotRegister] // built once per action with its own name, not by dependency injection
public sealed class ActionPayloadType<TResult> : ObjectGraphType<ActionPayload<TResult>>
{
    public ActionPayloadType(string name, ActionAnswer<TResult> answer)
    {
        Name = name;
        Description = answer.Description;
        Field(p => p.ClientMutationId).Description("Identifiant client de l'action, renvoyé tel quel. / The action's client id, echoed.");
        answer.Fields(this);
        this.FieldsGuardedByParent();
    }
}
