using Cooperation.Grains.Accounts;
using Cooperation.Grains.Accounts.Commands;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Accounts;

/// <summary>An administrator's mutations on people: invite, memberships, roles, revocation.</summary>
public static class AccountMutations
{
    public static void AddAccountMutations(this ObjectGraphType mutation)
    {
        mutation.Field("invitePerson", new NonNullGraphType(new InvitePersonPayloadType("InvitePersonPayload")))
            .Description("Inviter une personne ; le code remis fixe son mot de passe. / Invite a person; the code sets her password.")
            .Argument<NonNullGraphType<InvitePersonInputType>>("input")
            .WithAccess(AccessRule.Administrator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<InvitePersonInput>("input");
                var memberships = input.Memberships.Select(m => new Membership(PartnershipLookup.Slug(m.PartnershipId), m.Role)).ToList();
                var invitation = await AccountOf(c, input.Email).InviteAsync(
                    new InvitePerson(input.ClientMutationId, c.Actor(), input.DisplayName, input.Roles, memberships, input.Team));
                return new InvitePersonPayload(input.ClientMutationId, invitation);
            });

        mutation.Field("setMembership", new NonNullGraphType(new PersonPayloadType("SetMembershipPayload")))
            .Description("Ajouter, changer ou retirer une appartenance. / Add, change or remove a membership.")
            .Argument<NonNullGraphType<SetMembershipInputType>>("input")
            .WithAccess(AccessRule.Administrator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SetMembershipInput>("input");
                var person = await AccountOf(c, input.Email).SetMembershipAsync(
                    new SetMembership(input.ClientMutationId, c.Actor(), PartnershipLookup.Slug(input.PartnershipId), input.Role));
                Forget(c, person);
                return new PersonPayload(input.ClientMutationId, person);
            });

        mutation.Field("setAccountRoles", new NonNullGraphType(new PersonPayloadType("SetAccountRolesPayload")))
            .Description("Remplacer les rôles d'une personne. / Replace a person's roles.")
            .Argument<NonNullGraphType<SetAccountRolesInputType>>("input")
            .WithAccess(AccessRule.Administrator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SetAccountRolesInput>("input");
                var person = await AccountOf(c, input.Email).SetRolesAsync(new SetAccountRoles(input.ClientMutationId, c.Actor(), input.Roles));
                Forget(c, person);
                return new PersonPayload(input.ClientMutationId, person);
            });

        mutation.Field<NonNullGraphType<SignOutPayloadType>>("revokeSessions")
            .Description("Fermer toutes les sessions d'une personne, tout de suite (administrateur, ou soi-même). / End all of a person's sessions at once (administrator, or oneself).")
            .Argument<NonNullGraphType<RevokeSessionsInputType>>("input")
            .WithAccess(AccessRule.SignedIn)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RevokeSessionsInput>("input");
                await AccountOf(c, input.Email).RevokeSessionsAsync(c.Actor());
                c.RequestServices!.GetRequiredService<SignedInViewers>().ForgetAccount(AccountRules.Key(input.Email));
                return input.ClientMutationId;
            });
    }

    /// <summary>Her next request is read with what was just changed, not with the viewer kept from before.</summary>
    private static void Forget(IResolveFieldContext c, AccountAccess person) =>
        c.RequestServices!.GetRequiredService<SignedInViewers>().ForgetAccount(person.AccountId);

    private static IAccountGrain AccountOf(IResolveFieldContext c, string email) =>
        c.Grains().GetGrain<IAccountGrain>(AccountRules.Key(email));
}
