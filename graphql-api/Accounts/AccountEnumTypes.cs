using Cooperation.Grains.Accounts;

namespace Cooperation.GraphQL.Accounts;

/// <summary>On which side a person takes part in a partnership.</summary>
public sealed class MemberRoleType : EnumerationGraphType<MemberRole>
{
    public MemberRoleType()
    {
        Name = "MemberRole";
        Description = "Agent du Nord, agent du Sud ou troisième partenaire. / North staff, South agent or third partner.";
    }
}

/// <summary>Roles beside memberships.</summary>
public sealed class AccountRoleType : EnumerationGraphType<AccountRole>
{
    public AccountRoleType()
    {
        Name = "AccountRole";
        Description = "Instructeur, gestionnaire du Fonds, administrateur. / Fund reviewer, fund manager, administrator.";
    }
}

/// <summary>Where an account stands.</summary>
public sealed class AccountStatusType : EnumerationGraphType<AccountStatus>
{
    public AccountStatusType()
    {
        Name = "AccountStatus";
        Description = "Invité ou actif. / Invited or active.";
    }
}
