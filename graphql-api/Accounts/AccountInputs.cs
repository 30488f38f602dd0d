using Cooperation.Grains.Accounts;

namespace Cooperation.GraphQL.Accounts;

/// <summary>CLR shape of <c>MembershipInput</c>.</summary>
public sealed class MembershipInput
{
    public string PartnershipId { get; set; } = "";
    public MemberRole Role { get; set; }
}

/// <summary>CLR shape of <c>InvitePersonInput</c>.</summary>
public sealed class InvitePersonInput
{
    public string ClientMutationId { get; set; } = "";
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public List<AccountRole> Roles { get; set; } = [];
    public List<MembershipInput> Memberships { get; set; } = [];
    public string? Team { get; set; }
}

/// <summary>CLR shape of <c>SetMembershipInput</c>; a null role removes the membership.</summary>
public sealed class SetMembershipInput
{
    public string ClientMutationId { get; set; } = "";
    public string Email { get; set; } = "";
    public string PartnershipId { get; set; } = "";
    public MemberRole? Role { get; set; }
}

/// <summary>CLR shape of <c>SetAccountRolesInput</c>.</summary>
public sealed class SetAccountRolesInput
{
    public string ClientMutationId { get; set; } = "";
    public string Email { get; set; } = "";
    public List<AccountRole> Roles { get; set; } = [];
}

/// <summary>CLR shape of <c>RevokeSessionsInput</c>.</summary>
public sealed class RevokeSessionsInput
{
    public string ClientMutationId { get; set; } = "";
    public string Email { get; set; } = "";
}

public sealed class MembershipInputType : InputObjectGraphType<MembershipInput>
{
    public MembershipInputType()
    {
        Name = "MembershipInput";
        Field<NonNullGraphType<IdGraphType>>("partnershipId");
        Field<NonNullGraphType<MemberRoleType>>("role");
    }
}

public sealed class InvitePersonInputType : InputObjectGraphType<InvitePersonInput>
{
    public InvitePersonInputType()
    {
        Name = "InvitePersonInput";
        Description = "Inviter une personne. / Invite a person.";
        Field<NonNullGraphType<StringGraphType>>("clientMutationId");
        Field<NonNullGraphType<StringGraphType>>("email");
        Field<NonNullGraphType<StringGraphType>>("displayName");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AccountRoleType>>>>("roles").DefaultValue(new List<AccountRole>());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MembershipInputType>>>>("memberships").DefaultValue(new List<MembershipInput>());
        Field<StringGraphType>("team")
            .Description("Équipe de recherche (« LISST-CIEU ») : ses membres lisent les annotations partagées avec l'équipe. / Research team: its members read the annotations shared with the team.");
    }
}

public sealed class SetMembershipInputType : InputObjectGraphType<SetMembershipInput>
{
    public SetMembershipInputType()
    {
        Name = "SetMembershipInput";
        Description = "Changer l'appartenance (role absent : retirer). / Change a membership (no role: remove).";
        Field<NonNullGraphType<StringGraphType>>("clientMutationId");
        Field<NonNullGraphType<StringGraphType>>("email");
        Field<NonNullGraphType<IdGraphType>>("partnershipId");
        Field<MemberRoleType>("role");
    }
}

public sealed class SetAccountRolesInputType : InputObjectGraphType<SetAccountRolesInput>
{
    public SetAccountRolesInputType()
    {
        Name = "SetAccountRolesInput";
        Description = "Remplacer les rôles d'une personne. / Replace a person's roles.";
        Field<NonNullGraphType<StringGraphType>>("clientMutationId");
        Field<NonNullGraphType<StringGraphType>>("email");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AccountRoleType>>>>("roles");
    }
}

public sealed class RevokeSessionsInputType : InputObjectGraphType<RevokeSessionsInput>
{
    public RevokeSessionsInputType()
    {
        Name = "RevokeSessionsInput";
        Description = "Fermer toutes les sessions d'une personne. / End all of a person's sessions.";
        Field<NonNullGraphType<StringGraphType>>("clientMutationId");
        Field<NonNullGraphType<StringGraphType>>("email");
    }
}
