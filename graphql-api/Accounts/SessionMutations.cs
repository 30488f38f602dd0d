using Cooperation.Grains.Accounts;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Accounts;

/// <summary>Signing in and out, accepting an invitation, refreshing: the mutations that make sessions.</summary>
public static class SessionMutations
{
    public static void AddSessionMutations(this ObjectGraphType mutation)
    {
        mutation.Field("signIn", new NonNullGraphType(new SessionPayloadType("SignInPayload")))
            .Description("Se connecter par adresse et mot de passe. / Sign in with e-mail and password.")
            .Argument<NonNullGraphType<SignInInputType>>("input")
            .WithAccess(AccessRule.Public)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SignInInput>("input");
                LimitPerAddress(c);
                var outcome = await c.Grains().GetGrain<IAccountGrain>(AccountRules.Key(input.Email)).SignInAsync(input.Password);
                if (outcome.RetryAfter is { } retryAfter)
                    throw AccessErrors.TooManyAttempts(retryAfter);
                return outcome.Access is { } access
                    ? await OpenSessionAsync(c, input.ClientMutationId, access)
                    : throw AccessErrors.SignInRefused();
            });

        mutation.Field("acceptInvitation", new NonNullGraphType(new SessionPayloadType("AcceptInvitationPayload")))
            .Description("Choisir son mot de passe avec le code reçu, puis être connecté. / Set one's password with the code received, then be signed in.")
            .Argument<NonNullGraphType<AcceptInvitationInputType>>("input")
            .WithAccess(AccessRule.Public)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AcceptInvitationInput>("input");
                var access = await c.Grains().GetGrain<IAccountGrain>(AccountRules.Key(input.Email)).AcceptInvitationAsync(input.Code, input.Password);
                return await OpenSessionAsync(c, input.ClientMutationId, access);
            });

        mutation.Field("resetPassword", new NonNullGraphType(new SessionPayloadType("ResetPasswordPayload")))
            .Description("Choisir un nouveau mot de passe avec le code de réinitialisation reçu, puis être connecté ; les autres sessions sont fermées. / Set a new password with the reset code received, then be signed in; the other sessions end.")
            .Argument<NonNullGraphType<ResetPasswordInputType>>("input")
            .WithAccess(AccessRule.Public)
            .ResolveAsync(async c =>
            {
                // Throttled as a sign-in is: per address here, per account in the grain.
                var input = c.GetArgument<ResetPasswordInput>("input");
                LimitPerAddress(c);
                var outcome = await c.Grains().GetGrain<IAccountGrain>(AccountRules.Key(input.Email)).ResetPasswordAsync(input.Code, input.NewPassword);
                if (outcome.RetryAfter is { } retryAfter)
                    throw AccessErrors.TooManyAttempts(retryAfter);
                Viewers(c).ForgetAccount(outcome.Access!.AccountId);
                return await OpenSessionAsync(c, input.ClientMutationId, outcome.Access);
            });

        mutation.Field("refreshSession", new NonNullGraphType(new SessionPayloadType("RefreshSessionPayload")))
            .Description("Échanger le jeton de renouvellement contre de nouveaux jetons : une petite requête. / Exchange the refresh token for new tokens: one small request.")
            .Argument<NonNullGraphType<RefreshSessionInputType>>("input")
            .WithAccess(AccessRule.Public)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RefreshSessionInput>("input");
                var tokens = c.RequestServices!.GetRequiredService<TokenService>();
                if (tokens.ReadRefreshToken(input.RefreshToken) is not var (sessionId, generation))
                    throw AccessErrors.Unauthenticated(TokenProblem.Invalid);
                var rotation = await c.Grains().GetGrain<ISessionGrain>(sessionId).RotateAsync(generation, tokens.RefreshExpiry);
                if (rotation.Outcome != SessionRotationOutcome.Rotated)
                    Viewers(c).ForgetSession(sessionId);
                if (rotation is not { Outcome: SessionRotationOutcome.Rotated, AccountId: { } accountId } ||
                    await c.Grains().GetGrain<IAccountGrain>(accountId).GetAccessAsync() is not { Status: AccountStatus.Active } access)
                    throw AccessErrors.Unauthenticated(TokenProblem.SessionEnded);
                var (accessToken, expiresAt) = tokens.IssueAccessToken(accountId, sessionId);
                return new SessionPayload(input.ClientMutationId, accessToken, expiresAt, tokens.RefreshToken(sessionId, rotation.Generation), access);
            });

        mutation.Field<NonNullGraphType<SignOutPayloadType>>("signOut")
            .Description("Fermer la session de cet appareil, tout de suite. / End this device's session, at once.")
            .Argument<NonNullGraphType<SignOutInputType>>("input")
            .WithAccess(AccessRule.SignedIn)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SignOutInput>("input");
                await c.Grains().GetGrain<ISessionGrain>(c.Viewer().SessionId!).RevokeAsync();
                Viewers(c).ForgetSession(c.Viewer().SessionId!);
                return input.ClientMutationId;
            });
    }

    /// <summary>Refuses the attempt when its client address tried too often within the last minute.</summary>
    private static void LimitPerAddress(IResolveFieldContext c)
    {
        var address = c.RequestServices!.GetRequiredService<IHttpContextAccessor>().HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "?";
        if (c.RequestServices!.GetRequiredService<SignInLimiter>().TryAttempt(address) is { } wait)
            throw AccessErrors.TooManyAttempts(wait);
    }

    private static SignedInViewers Viewers(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<SignedInViewers>();

    private static async Task<SessionPayload> OpenSessionAsync(IResolveFieldContext c, string clientMutationId, AccountAccess access)
    {
        var tokens = c.RequestServices!.GetRequiredService<TokenService>();
        var sessionId = TokenService.NewSessionId();
        await c.Grains().GetGrain<ISessionGrain>(sessionId).OpenAsync(access.AccountId, tokens.RefreshExpiry);
        await c.Grains().GetGrain<IAccountGrain>(access.AccountId).RegisterSessionAsync(sessionId);
        var (accessToken, expiresAt) = tokens.IssueAccessToken(access.AccountId, sessionId);
        return new SessionPayload(clientMutationId, accessToken, expiresAt, tokens.RefreshToken(sessionId, 1), access);
    }
}

/// <summary>What signOut answers: the echoed client id.</summary>
public sealed class SignOutPayloadType : ObjectGraphType<string>
{
    public SignOutPayloadType()
    {
        Name = "SignOutPayload";
        Field<NonNullGraphType<StringGraphType>>("clientMutationId").Resolve(c => c.Source);
        this.FieldsGuardedByParent();
    }
}
