using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Sync;

/// <summary>
/// One action of an outbox: exactly one of the field-work mutations (<c>@oneOf</c>), with the very input it takes
/// alone, so a client queues the same object it would have sent online.
/// </summary>
[DoNotRegister] // built from the mutation root's own fields
public sealed class SyncActionInputType : InputObjectGraphType
{
    public SyncActionInputType(ObjectGraphType mutation)
    {
        Name = "SyncAction";
        Description = "Une action de la file d'attente : exactement une mutation de terrain, avec son entrée habituelle. / One outbox action: exactly one field-work mutation, with its usual input.";
        IsOneOf = true;
        foreach (var name in SyncActions.Names)
        {
            var field = mutation.GetField(name) ?? throw new InvalidOperationException($"Sync action '{name}' is not a mutation.");
            // Only what any member may attempt: the grains then decide, side by side, as for the mutation alone.
            if (field.AccessOf() is not (AccessRule.PartnershipMember or AccessRule.SignedIn))
                throw new InvalidOperationException($"Sync action '{name}' is not open to partnership members.");
            var input = field.Arguments?.Find("input")?.Type
                ?? throw new InvalidOperationException($"Mutation '{name}' has no typed 'input' argument.");
            // A oneOf field is nullable: unwrap NonNullGraphType<TInput>.
            var inputType = input.GetGenericArguments()[0];
            // The batch answers each action by its client id: an input without one could not be acknowledged.
            if (!typeof(IClientMutationInput).IsAssignableFrom(ClrTypeOf(inputType)))
                throw new InvalidOperationException($"Sync action '{name}': its input does not carry a client mutation id.");
            Field(name, inputType).Description(field.Description);
        }
    }

    /// <summary>The CLR type an <c>InputObjectGraphType&lt;T&gt;</c> parses into.</summary>
    private static Type? ClrTypeOf(Type inputGraphType)
    {
        for (var type = inputGraphType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(InputObjectGraphType<>))
                return type.GetGenericArguments()[0];
        }
        return null;
    }
}

/// <summary>The outbox going up and the cursor the client holds.</summary>
[DoNotRegister]
public sealed class SyncInputType : InputObjectGraphType
{
    public SyncInputType(SyncActionInputType action)
    {
        Name = "SyncInput";
        Description = "Un aller-retour de synchronisation : les actions en attente, dans l'ordre, et le curseur du client. / One sync round trip: the pending actions, in order, and the client's cursor.";
        Field<NonNullGraphType<IdGraphType>>("partnershipId").Description("Partenariat dont on veut les changements. / Partnership whose changes are wanted.");
        Field<StringGraphType>("since").Description("Curseur reçu la dernière fois ; absent : tout. / Cursor received last time; absent: everything.");
        Field("actions", new NonNullGraphType(new ListGraphType(new NonNullGraphType(action))))
            .Description($"Actions en attente, appliquées dans l'ordre ({SyncActions.MaxPerBatch} au plus). / Pending actions, applied in order (at most {SyncActions.MaxPerBatch}).");
    }
}
