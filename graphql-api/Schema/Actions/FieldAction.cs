using Cooperation.Grains.Shipments;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Sync;

namespace Cooperation.GraphQL.Schema.Actions;

/// <summary>
/// A field action, declared once: its name, its input, how it reaches its grain, what it answers. Its mutation field
/// (<c>name(input: NameInput!): NamePayload!</c>) and its member of the sync batch are both made from it, and the sync
/// runs it directly, with the same grain call.
/// </summary>
public abstract class FieldAction(string name, string description, AccessRule access, bool inSync)
{
    public string Name { get; } = name;

    public string Description { get; } = description;

    /// <summary>Who may ask for its mutation; the grain then decides for the person.</summary>
    public AccessRule Access { get; } = access;

    /// <summary>Whether an outbox may carry it in a partnership's sync batch: the field work a partner does offline.</summary>
    public bool InSync { get; } = inSync;

    /// <summary>The graph type of its input, the same alone and in a sync batch.</summary>
    public abstract Type InputType { get; }

    /// <summary>Adds its mutation field to the mutation root.</summary>
    public abstract void AddTo(ObjectGraphType mutation);

    /// <summary>Runs it on an input parsed by <see cref="InputType"/>, as a member of a sync batch.</summary>
    public abstract Task<ActionDone> RunAsync(IClientMutationInput input, ActionContext context);
}

/// <summary>What a sync batch keeps of an action that went through.</summary>
/// <param name="Notices">How verdicts landed when not simply recorded.</param>
/// <param name="Snapshot">The entity as the action left it, if its kind is in the change set.</param>
public sealed record ActionDone(IReadOnlyList<ItemOutcome> Notices, ChangedSnapshot? Snapshot);

/// <summary>A field action whose input parses into <typeparamref name="TInput"/> and whose grain returns <typeparamref name="TResult"/>.</summary>
public sealed class FieldAction<TInput, TInputType, TResult>(
    string name, string description, ActionAnswer<TResult> answer, Func<TInput, ActionContext, Task<TResult>> run,
    AccessRule access = AccessRule.PartnershipMember, bool inSync = true)
    : FieldAction(name, description, access, inSync)
    where TInput : IClientMutationInput
    where TInputType : IInputObjectGraphType
{
    public override Type InputType => typeof(TInputType);

    public override void AddTo(ObjectGraphType mutation) =>
        mutation.Field(Name, new NonNullGraphType(new ActionPayloadType<TResult>(char.ToUpperInvariant(Name[0]) + Name[1..] + "Payload", answer)))
            .Description(Description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .WithAccess(Access)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<TInput>("input");
                return new ActionPayload<TResult>(input.ClientMutationId, await run(input, ActionContext.Of(c)));
            });

    public override async Task<ActionDone> RunAsync(IClientMutationInput input, ActionContext context)
    {
        var result = await run((TInput)input, context);
        return new ActionDone(answer.Notices(result), answer.Snapshot(result));
    }
}
