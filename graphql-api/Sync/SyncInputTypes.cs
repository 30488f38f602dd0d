using Cooperation.GraphQL.Schema.Actions;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Sync;

/// <summary>
/// One action of an outbox: exactly one of the field-work mutations (<c>@oneOf</c>), with the very input it takes
/// alone, so a client queues the same object it would have sent online.
/// </summary>
[DoNotRegister] // built from the table of field actions
public sealed class SyncActionInputType : InputObjectGraphType
{
    public SyncActionInputType()
    {
        Name = "SyncAction";
        Description = "Une action de la file d'attente : exactement une mutation de terrain, avec son entrée habituelle. / One outbox action: exactly one field-work mutation, with its usual input.";
        IsOneOf = true;
        foreach (var action in FieldActions.InSync)
        {
            // Only what any member may attempt: the grains then decide, side by side, as for the mutation alone.
            if (action.Access is not (AccessRule.PartnershipMember or AccessRule.SignedIn))
                throw new InvalidOperationException($"Sync action '{action.Name}' is not open to partnership members.");
            Field(action.Name, action.InputType).Description(action.Description);
        }
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
