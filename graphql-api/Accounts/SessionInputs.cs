namespace Cooperation.GraphQL.Accounts;

/// <summary>CLR shape of <c>SignInInput</c>.</summary>
public sealed class SignInInput
{
    public string ClientMutationId { get; set; } = "";
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
}

/// <summary>CLR shape of <c>AcceptInvitationInput</c>.</summary>
public sealed class AcceptInvitationInput
{
    public string ClientMutationId { get; set; } = "";
    public string Email { get; set; } = "";
    public string Code { get; set; } = "";
    public string Password { get; set; } = "";
}

/// <summary>CLR shape of <c>RefreshSessionInput</c>.</summary>
public sealed class RefreshSessionInput
{
    public string ClientMutationId { get; set; } = "";
    public string RefreshToken { get; set; } = "";
}

/// <summary>CLR shape of <c>SignOutInput</c>.</summary>
public sealed class SignOutInput
{
    public string ClientMutationId { get; set; } = "";
}

public sealed class SignInInputType : InputObjectGraphType<SignInInput>
{
    public SignInInputType()
    {
        Name = "SignInInput";
        Description = "Se connecter. / Sign in.";
        Field<NonNullGraphType<StringGraphType>>("clientMutationId");
        Field<NonNullGraphType<StringGraphType>>("email");
        Field<NonNullGraphType<StringGraphType>>("password");
    }
}

public sealed class AcceptInvitationInputType : InputObjectGraphType<AcceptInvitationInput>
{
    public AcceptInvitationInputType()
    {
        Name = "AcceptInvitationInput";
        Description = "Choisir son mot de passe avec le code d'invitation. / Set one's password with the invitation code.";
        Field<NonNullGraphType<StringGraphType>>("clientMutationId");
        Field<NonNullGraphType<StringGraphType>>("email");
        Field<NonNullGraphType<StringGraphType>>("code");
        Field<NonNullGraphType<StringGraphType>>("password");
    }
}

public sealed class RefreshSessionInputType : InputObjectGraphType<RefreshSessionInput>
{
    public RefreshSessionInputType()
    {
        Name = "RefreshSessionInput";
        Description = "Renouveler le jeton d'accès. / Refresh the access token.";
        Field<NonNullGraphType<StringGraphType>>("clientMutationId");
        Field<NonNullGraphType<StringGraphType>>("refreshToken");
    }
}

public sealed class SignOutInputType : InputObjectGraphType<SignOutInput>
{
    public SignOutInputType()
    {
        Name = "SignOutInput";
        Description = "Se déconnecter de cet appareil. / Sign out of this device.";
        Field<NonNullGraphType<StringGraphType>>("clientMutationId");
    }
}
