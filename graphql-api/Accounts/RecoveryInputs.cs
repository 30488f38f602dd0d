namespace Cooperation.GraphQL.Accounts;

/// <summary>CLR shape of the inputs that name a person and nothing else (<c>IssueResetCodeInput</c>, <c>ReinvitePersonInput</c>, <c>RenewInvitationInput</c>).</summary>
public sealed class PersonActionInput
{
    public string ClientMutationId { get; set; } = "";
    public string Email { get; set; } = "";
}

/// <summary>CLR shape of <c>ChangePasswordInput</c>.</summary>
public sealed class ChangePasswordInput
{
    public string ClientMutationId { get; set; } = "";
    public string CurrentPassword { get; set; } = "";
    public string NewPassword { get; set; } = "";
}

/// <summary>CLR shape of <c>ResetPasswordInput</c>.</summary>
public sealed class ResetPasswordInput
{
    public string ClientMutationId { get; set; } = "";
    public string Email { get; set; } = "";
    public string Code { get; set; } = "";
    public string NewPassword { get; set; } = "";
}

/// <summary>An administrator's action on one person, named by e-mail: one input type per mutation, all of the same shape.</summary>
[DoNotRegister] // built once per mutation with its own name
public sealed class PersonActionInputType : InputObjectGraphType<PersonActionInput>
{
    public PersonActionInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<StringGraphType>>("clientMutationId");
        Field<NonNullGraphType<StringGraphType>>("email");
    }
}

public sealed class ChangePasswordInputType : InputObjectGraphType<ChangePasswordInput>
{
    public ChangePasswordInputType()
    {
        Name = "ChangePasswordInput";
        Description = "Changer son mot de passe en donnant l'actuel. / Change one's password, giving the current one.";
        Field<NonNullGraphType<StringGraphType>>("clientMutationId");
        Field<NonNullGraphType<StringGraphType>>("currentPassword");
        Field<NonNullGraphType<StringGraphType>>("newPassword");
    }
}

public sealed class ResetPasswordInputType : InputObjectGraphType<ResetPasswordInput>
{
    public ResetPasswordInputType()
    {
        Name = "ResetPasswordInput";
        Description = "Choisir un nouveau mot de passe avec le code de réinitialisation reçu. / Set a new password with the reset code received.";
        Field<NonNullGraphType<StringGraphType>>("clientMutationId");
        Field<NonNullGraphType<StringGraphType>>("email");
        Field<NonNullGraphType<StringGraphType>>("code");
        Field<NonNullGraphType<StringGraphType>>("newPassword");
    }
}
