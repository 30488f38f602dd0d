using Cooperation.Grains.Accounts;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Accounts;

/// <summary>What an administrator's change to a person answers.</summary>
public sealed record PersonPayload(string ClientMutationId, AccountAccess Person);

[DoNotRegister] // built once per mutation with its own name
public sealed class PersonPayloadType : ObjectGraphType<PersonPayload>
{
    public PersonPayloadType(string name)
    {
        Name = name;
        Field(p => p.ClientMutationId);
        Field<NonNullGraphType<PersonType>>("person").Resolve(c => c.Source.Person);
        this.FieldsGuardedByParent();
    }
}

/// <summary>What invitePerson, reinvitePerson and renewInvitation answer: the code to hand to the person.</summary>
public sealed record InvitePersonPayload(string ClientMutationId, Invitation Invitation);

[DoNotRegister] // built once per mutation with its own name
public sealed class InvitePersonPayloadType : ObjectGraphType<InvitePersonPayload>
{
    public InvitePersonPayloadType(string name)
    {
        Name = name;
        Field(p => p.ClientMutationId);
        Field<NonNullGraphType<StringGraphType>>("email").Resolve(c => c.Source.Invitation.AccountId);
        Field<NonNullGraphType<StringGraphType>>("invitationCode")
            .Description("À transmettre à la personne ; sert une fois. / Hand it to the person; works once.")
            .Resolve(c => c.Source.Invitation.Code);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("expiresAt").Resolve(c => c.Source.Invitation.ExpiresAt);
        this.FieldsGuardedByParent();
    }
}

/// <summary>What issueResetCode answers: the code to hand to the person, this once.</summary>
public sealed record ResetCodePayload(string ClientMutationId, ResetCode ResetCode);

public sealed class IssueResetCodePayloadType : ObjectGraphType<ResetCodePayload>
{
    public IssueResetCodePayloadType()
    {
        Name = "IssueResetCodePayload";
        Field(p => p.ClientMutationId);
        Field<NonNullGraphType<StringGraphType>>("email").Resolve(c => c.Source.ResetCode.AccountId);
        Field<NonNullGraphType<StringGraphType>>("resetCode")
            .Description("À transmettre à la personne ; affiché cette fois seulement (vide si l'action est répétée), sert une fois. / Hand it to the person; shown this once only (empty on a repeat), works once.")
            .Resolve(c => c.Source.ResetCode.Code);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("expiresAt").Resolve(c => c.Source.ResetCode.ExpiresAt);
        this.FieldsGuardedByParent();
    }
}
