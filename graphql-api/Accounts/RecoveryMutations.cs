using Cooperation.Grains.Accounts;
using Cooperation.Grains.Accounts.Commands;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Accounts;

/// <summary>
/// Nobody locked out for good: one's own password changed, a reset code an administrator issues, an invitation
/// renewed or issued again. Setting a password with a reset code is a session mutation (<see cref="SessionMutations"/>).
/// </summary>
public static class RecoveryMutations
{
    public static void AddRecoveryMutations(this ObjectGraphType mutation)
    {
        mutation.Field("changePassword", new NonNullGraphType(new PersonPayloadType("ChangePasswordPayload")))
            .Description("Changer son mot de passe en donnant l'actuel ; les autres sessions sont fermées. / Change one's password, giving the current one; the other sessions end.")
            .Argument<NonNullGraphType<ChangePasswordInputType>>("input")
            .WithAccess(AccessRule.SignedIn)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ChangePasswordInput>("input");
                var viewer = c.Viewer();
                var outcome = await c.Grains().GetGrain<IAccountGrain>(viewer.Access!.AccountId).ChangePasswordAsync(
                    new ChangePassword(input.ClientMutationId, c.Actor(), viewer.SessionId), input.CurrentPassword, input.NewPassword);
                if (outcome.RetryAfter is { } wait)
                    throw AccessErrors.TooManyAttempts(wait);
                Viewers(c).ForgetAccount(viewer.Access.AccountId);
                return new PersonPayload(input.ClientMutationId, outcome.Access!);
            });

        mutation.Field<NonNullGraphType<IssueResetCodePayloadType>>("issueResetCode")
            .Description("Délivrer à une personne un code à usage unique, valable 7 jours, pour choisir un nouveau mot de passe. / Issue a person a one-time code, valid 7 days, to set a new password.")
            .Arguments(Input("IssueResetCodeInput", "Délivrer un code de réinitialisation. / Issue a reset code."))
            .WithAccess(AccessRule.Administrator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<PersonActionInput>("input");
                var code = await AccountOf(c, input.Email).IssueResetCodeAsync(new IssueResetCode(input.ClientMutationId, c.Actor()));
                return new ResetCodePayload(input.ClientMutationId, code);
            });

        mutation.Field("renewInvitation", new NonNullGraphType(new InvitePersonPayloadType("RenewInvitationPayload")))
            .Description("Renouveler l'invitation d'une personne pas encore active (expirée ou non) : nouveau code, 7 jours. / Renew the invitation of a person not yet active (lapsed or not): new code, 7 days.")
            .Arguments(Input("RenewInvitationInput", "Renouveler une invitation. / Renew an invitation."))
            .WithAccess(AccessRule.Administrator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<PersonActionInput>("input");
                var invitation = await AccountOf(c, input.Email).RenewInvitationAsync(new RenewInvitation(input.ClientMutationId, c.Actor()));
                return new InvitePersonPayload(input.ClientMutationId, invitation);
            });

        mutation.Field("reinvitePerson", new NonNullGraphType(new InvitePersonPayloadType("ReinvitePersonPayload")))
            .Description("Inviter à nouveau une personne active : son mot de passe et ses sessions prennent fin, ses rôles et partenariats restent. / Invite an active person again: her password and sessions end, her roles and partnerships stay.")
            .Arguments(Input("ReinvitePersonInput", "Inviter à nouveau. / Invite again."))
            .WithAccess(AccessRule.Administrator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<PersonActionInput>("input");
                var account = AccountOf(c, input.Email);
                var invitation = await account.ReinviteAsync(new ReinvitePerson(input.ClientMutationId, c.Actor()));
                Viewers(c).ForgetAccount(invitation.AccountId);
                return new InvitePersonPayload(input.ClientMutationId, invitation);
            });
    }

    private static QueryArgument Input(string name, string description) =>
        new(new NonNullGraphType(new PersonActionInputType(name, description))) { Name = "input" };

    private static SignedInViewers Viewers(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<SignedInViewers>();

    private static IAccountGrain AccountOf(IResolveFieldContext c, string email) =>
        c.Grains().GetGrain<IAccountGrain>(AccountRules.Key(email));
}
