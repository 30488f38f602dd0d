namespace Cooperation.GraphQL.Tests.Accounts;

[Collection(SessionCollection.Name)]
public sealed class SessionTests(SessionHost host)
{
    private const string Viewer = "{ viewer { displayName } }";
    private const string Refresh = "mutation($i: RefreshSessionInput!) { refreshSession(input: $i) { accessToken refreshToken } }";

    private static object RefreshInput(string refreshToken) => new { i = new { clientMutationId = $"r-{Guid.NewGuid():N}", refreshToken } };

    /// <summary>An access token past its lifetime is UNAUTHENTICATED (401); one small refresh gives a working one.</summary>
    [Fact]
    public async Task AccessToken_Expired_UnauthenticatedThenRefreshWorks()
    {
        var (access, refresh) = await host.Http.SignInAsync(People.GuediawayeSouth);
        host.Time.Advance(TimeSpan.FromMinutes(16));

        var (expiredStatus, expired) = await host.Http.GetGraphQLAsync(Viewer, access);
        var (_, refreshed) = await host.Http.PostGraphQLAsync(Refresh, RefreshInput(refresh));
        var newAccess = refreshed["data"]!["refreshSession"]!["accessToken"]!.GetValue<string>();
        var (_, again) = await host.Http.GetGraphQLAsync(Viewer, newAccess);

        Assert.Equal(HttpStatusCode.Unauthorized, expiredStatus);
        Assert.Equal("UNAUTHENTICATED", expired.ErrorCode());
        Assert.Contains("expiré", expired.ErrorMessage());
        Assert.Equal("Aminata Diop (Ville de Guédiawaye)", again["data"]!["viewer"]!["displayName"]!.GetValue<string>());
        Assert.True(newAccess.Length < 160, $"Access token of {newAccess.Length} characters.");
    }

    /// <summary>A refresh token used twice (copied) ends the session: the thief and the owner must sign in again.</summary>
    [Fact]
    public async Task RefreshToken_ReusedAfterGrace_EndsTheSession()
    {
        var (_, first) = await host.Http.SignInAsync(People.GuediawayeSouth);
        var (_, rotated) = await host.Http.PostGraphQLAsync(Refresh, RefreshInput(first));
        var second = rotated["data"]!["refreshSession"]!["refreshToken"]!.GetValue<string>();
        var secondAccess = rotated["data"]!["refreshSession"]!["accessToken"]!.GetValue<string>();
        host.Time.Advance(TimeSpan.FromMinutes(5));

        var (_, reused) = await host.Http.PostGraphQLAsync(Refresh, RefreshInput(first));
        var (_, ownerRefresh) = await host.Http.PostGraphQLAsync(Refresh, RefreshInput(second));
        var (_, ownerRead) = await host.Http.GetGraphQLAsync(Viewer, secondAccess);

        Assert.NotEqual(first, second);
        Assert.Equal("UNAUTHENTICATED", reused.ErrorCode());
        Assert.Equal("UNAUTHENTICATED", ownerRefresh.ErrorCode());
        Assert.Equal("UNAUTHENTICATED", ownerRead.ErrorCode());
    }

    /// <summary>A phone that lost the answer to its refresh and retries at once gets the same tokens, not a closed session.</summary>
    [Fact]
    public async Task RefreshToken_RetriedWithinGrace_SameAnswer()
    {
        var (_, first) = await host.Http.SignInAsync(People.GuediawayeSouth);

        var (_, answer) = await host.Http.PostGraphQLAsync(Refresh, RefreshInput(first));
        var (_, retry) = await host.Http.PostGraphQLAsync(Refresh, RefreshInput(first));

        Assert.Equal(answer["data"]!["refreshSession"]!["refreshToken"]!.GetValue<string>(), retry["data"]!["refreshSession"]!["refreshToken"]!.GetValue<string>());
    }

    /// <summary>Sign-out refuses the session's access token at once, not when it expires.</summary>
    [Fact]
    public async Task SignOut_AccessTokenRefusedAtOnce()
    {
        var (access, refresh) = await host.Http.SignInAsync(People.HavreNorth);

        await host.Http.PostGraphQLAsync("mutation { signOut(input: {clientMutationId: \"out\"}) { clientMutationId } }", null, access);
        var (status, read) = await host.Http.GetGraphQLAsync(Viewer, access);
        var (_, refreshed) = await host.Http.PostGraphQLAsync(Refresh, RefreshInput(refresh));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("terminée", read.ErrorMessage());
        Assert.Equal("UNAUTHENTICATED", refreshed.ErrorCode());
    }

    /// <summary>An administrator's revocation ends every session of the person at once.</summary>
    [Fact]
    public async Task RevokeSessions_ByAdministrator_EndsEverySession()
    {
        var (phone, _) = await host.Http.SignInAsync(People.FiguigSouth);
        var (office, _) = await host.Http.SignInAsync(People.FiguigSouth);
        var (admin, _) = await host.Http.SignInAsync(People.Administrator);

        var (_, revoked) = await host.Http.PostGraphQLAsync(
            "mutation($i: RevokeSessionsInput!) { revokeSessions(input: $i) { clientMutationId } }",
            new { i = new { clientMutationId = "revoke", email = People.FiguigSouth } }, admin);

        Assert.Null(revoked["errors"]);
        Assert.Equal("UNAUTHENTICATED", (await host.Http.GetGraphQLAsync(Viewer, phone)).Body.ErrorCode());
        Assert.Equal("UNAUTHENTICATED", (await host.Http.GetGraphQLAsync(Viewer, office)).Body.ErrorCode());
    }

    /// <summary>Wrong passwords are slowed after three, then refused for a while, with a clear message; the right one works later.</summary>
    [Fact]
    public async Task SignIn_RepeatedFailures_SlowedThenRefusedThenAllowedAgain()
    {
        async Task<JsonObject> AttemptAsync(string password) => (await host.Http.PostGraphQLAsync(
            "mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }",
            new { i = new { clientMutationId = $"s-{Guid.NewGuid():N}", email = People.SaintLouisSouth, password } })).Body;

        var first = await AttemptAsync("mauvais-mot-de-passe");
        await AttemptAsync("mauvais-mot-de-passe");
        var third = await AttemptAsync("mauvais-mot-de-passe");
        var slowed = await AttemptAsync(ApiHost.DemoPassword); // refused unheard: even the right password waits
        host.Time.Advance(TimeSpan.FromSeconds(6));
        await AttemptAsync("mauvais-mot-de-passe");
        host.Time.Advance(TimeSpan.FromSeconds(11));
        await AttemptAsync("mauvais-mot-de-passe");
        var locked = await AttemptAsync(ApiHost.DemoPassword);
        host.Time.Advance(TimeSpan.FromMinutes(16));
        var later = await AttemptAsync(ApiHost.DemoPassword);

        Assert.Equal("UNAUTHENTICATED", first.ErrorCode());
        Assert.Equal("RATE_LIMITED", third.ErrorCode());
        Assert.Equal("RATE_LIMITED", slowed.ErrorCode());
        Assert.Contains("réessayez dans", slowed.ErrorMessage());
        Assert.Equal("RATE_LIMITED", locked.ErrorCode());
        Assert.Contains("900 s", locked.ErrorMessage());
        Assert.Null(later["errors"]);
    }

    /// <summary>An invited person sets her password with the code and is signed in; the code works only once.</summary>
    [Fact]
    public async Task AcceptInvitation_CodeSetsPasswordOnce()
    {
        var (admin, _) = await host.Http.SignInAsync(People.Administrator);
        var email = $"mariama-{Guid.NewGuid():N}@guediawaye.example";
        var (_, invited) = await host.Http.PostGraphQLAsync(
            "mutation($i: InvitePersonInput!) { invitePerson(input: $i) { invitationCode } }",
            new { i = new { clientMutationId = "inv", email, displayName = "Mariama Ba", memberships = new[] { new { partnershipId = "sig-guediawaye", role = "SOUTH_AGENT" } } } }, admin);
        var code = invited["data"]!["invitePerson"]!["invitationCode"]!.GetValue<string>();
        const string accept = "mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken viewer { memberships { role } } } }";

        var (_, first) = await host.Http.PostGraphQLAsync(accept, new { i = new { clientMutationId = "a1", email, code, password = "mon-mot-de-passe-2026" } });
        var (_, second) = await host.Http.PostGraphQLAsync(accept, new { i = new { clientMutationId = "a2", email, code, password = "autre-mot-de-passe" } });
        var signedIn = await host.Http.SignInAsync(email, "mon-mot-de-passe-2026");

        Assert.Equal("SOUTH_AGENT", first["data"]!["acceptInvitation"]!["viewer"]!["memberships"]![0]!["role"]!.GetValue<string>());
        Assert.Equal("VALIDATION", second.ErrorCode());
        Assert.NotEmpty(signedIn.AccessToken);
    }

    /// <summary>
    /// The scenario of the issue: signed in as the South agent of Guédiawaye, she changes a South-side milestone,
    /// reads the history with her name on her change, and gets FORBIDDEN inside Figuig.
    /// </summary>
    [Fact]
    public async Task GuediawayeSouthAgent_ChangesOwnSideSeesHerNameForbiddenInFiguig()
    {
        var (token, _) = await host.Http.SignInAsync(People.GuediawayeSouth);
        var (_, partnership) = await host.Http.GetGraphQLAsync("{ partnership(id: \"sig-guediawaye\") { milestones { id side title } } }", token);
        var south = partnership["data"]!["partnership"]!["milestones"]!.AsArray().First(m => m!["side"]!.GetValue<string>() == "SOUTH")!["id"]!.GetValue<string>();

        var (_, progress) = await host.Http.PostGraphQLAsync(
            "mutation($i: RecordMilestoneProgressInput!) { recordMilestoneProgress(input: $i) { milestone { progress } } }",
            new { i = new { clientMutationId = $"p-{Guid.NewGuid():N}", milestoneId = south, progress = 55 } }, token);
        var (_, history) = await host.Http.GetGraphQLAsync("{ partnership(id: \"sig-guediawaye\") { history { nodes { actor action newValue } } } }", token);
        var (figuigStatus, figuig) = await host.Http.GetGraphQLAsync("{ partnership(id: \"libriciels-figuig\") { name milestones { title } } }", token);

        Assert.Equal(55, progress["data"]!["recordMilestoneProgress"]!["milestone"]!["progress"]!.GetValue<int>());
        Assert.Contains(history["data"]!["partnership"]!["history"]!["nodes"]!.AsArray(), e =>
            e!["actor"]!.GetValue<string>() == "Aminata Diop (Ville de Guédiawaye)" && e["newValue"]?.GetValue<string>() == "55");
        Assert.Equal(HttpStatusCode.OK, figuigStatus);
        Assert.Equal("FORBIDDEN", figuig.ErrorCode());
    }

    /// <summary>Signing in, refreshing and failing a sign-in write no password, token or token signature to any log line.</summary>
    [Fact]
    public async Task Logs_AfterSignInsAndRefreshes_ContainNoSecret()
    {
        var (access, refresh) = await host.Http.SignInAsync(People.BesanconNorth);
        await host.Http.PostGraphQLAsync(Refresh, RefreshInput(refresh));
        await host.Http.PostGraphQLAsync("mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }",
            new { i = new { clientMutationId = "wrong", email = People.BesanconNorth, password = "secret-faux-1234" } });

        var secrets = new[] { ApiHost.DemoPassword, "secret-faux-1234", access, refresh, access.Split('.')[2] };

        Assert.NotEmpty(host.Logs.Lines);
        foreach (var line in host.Logs.Lines)
            Assert.DoesNotContain(secrets, s => line.Contains(s, StringComparison.Ordinal));
    }
}
