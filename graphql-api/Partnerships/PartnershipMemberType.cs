using Cooperation.Grains.Partnerships;
using Cooperation.GraphQL.Accounts;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Partnerships;

/// <summary>A person taking part in a partnership.</summary>
public sealed class PartnershipMemberType : ObjectGraphType<PartnershipMember>
{
    public PartnershipMemberType()
    {
        Name = "PartnershipMember";
        Description = "Membre d'un partenariat. / A partnership member.";
        Field(m => m.DisplayName).Description("Nom. / Name.");
        Field<NonNullGraphType<MemberRoleType>>("role").Resolve(c => c.Source.Role);
        this.FieldsGuardedByParent();
    }
}
