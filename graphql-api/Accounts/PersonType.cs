using Cooperation.Grains.Accounts;
using Cooperation.GraphQL.Notices;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Accounts;

/// <summary>A person with an account: who they are and what they may do.</summary>
public sealed class PersonType : ObjectGraphType<AccountAccess>
{
    public PersonType()
    {
        Name = "Person";
        Description = "Une personne : son nom, ses rôles, ses partenariats. / A person: name, roles, partnerships.";
        Field<NonNullGraphType<StringGraphType>>("email").Description("Adresse électronique (identifiant). / E-mail (identifier).")
            .Resolve(c => c.Source.AccountId).WithAccess(AccessRule.Public);
        Field(a => a.DisplayName).Description("Nom affiché. / Display name.").WithAccess(AccessRule.Public);
        Field<NonNullGraphType<AccountStatusType>>("status").Resolve(c => c.Source.Status).WithAccess(AccessRule.Public);
        Field<DateTimeOffsetGraphType>("invitationExpiresAt")
            .Description("Tant qu'elle est invitée : fin de validité de son invitation (passée : à renouveler). / While invited: when her invitation lapses (past: to renew).")
            .Resolve(c => c.Source.InvitationExpiresAt).WithAccess(AccessRule.Public);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AccountRoleType>>>>("roles").Resolve(c => c.Source.Roles).WithAccess(AccessRule.Public);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MembershipType>>>>("memberships")
            .Description("Partenariats et côté. / Partnerships and side.")
            .Resolve(c => c.Source.Memberships).WithAccess(AccessRule.Public);
        this.AddHistoryField((c, page) => c.Grains().GetGrain<IAccountGrain>(c.Source.AccountId).GetHistoryPageAsync(c.Actor(), page))
            .Description("Historique du compte, du plus récent au plus ancien, par pages (administrateurs et la personne elle-même). / Account history, newest first, a page at a time (administrators and the person herself).")
            .WithAccess(AccessRule.SignedIn);
        this.AddNoticesField();
    }
}

/// <summary>A person's place in one partnership.</summary>
public sealed class MembershipType : ObjectGraphType<Membership>
{
    public MembershipType()
    {
        Name = "Membership";
        Description = "Place d'une personne dans un partenariat. / A person's place in a partnership.";
        Field<NonNullGraphType<PartnershipType>>("partnership")
            .ResolveAsync(async c => await PartnershipLookup.RequireAsync(c.Grains(), c.Source.PartnershipSlug));
        Field<NonNullGraphType<MemberRoleType>>("role").Resolve(c => c.Source.Role);
        this.FieldsGuardedByParent();
    }
}
