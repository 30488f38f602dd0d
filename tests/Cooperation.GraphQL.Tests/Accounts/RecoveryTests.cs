namespace Cooperation.GraphQL.Tests.Accounts;

/// <summary>
/// Account recovery through the API: one's own password changed, an administrator's reset code and the anonymous
/// mutation that uses it, a lapsed invitation renewed, an active account invited again, the list of people. Each
/// refusal is bilingual with its code in <c>extensions.code</c>, and a repeat shows only what the caller may read now.
/// </summary>
[Collection(SessionCollection.Name)]
public sealed class RecoveryTests(SessionHost host)
{
    private const string Password = "mon-mot-de-passe-2026";
    private const string NewPassword = "un-nouveau-mot-de-passe";
    private const string Viewer = "{ viewer { email } }";
    private const string Change = "mutation($i: ChangePasswordInput!) { changePassword(input: $i) { clientMutationId person { email } } }";
    private const string Issue = "mutation($i: IssueResetCodeInput!) { issueResetCode(input: $i) { email resetCode expiresAt } }";
    private const string Reset = "mutation($i: ResetPasswordInput!) { resetPassword(input: $i) { accessToken viewer { email } } }";
    private const string Renew = "mutation($i: RenewInvitationInput!) { renewInvitation(input: $i) { invitationCode expiresAt } }";
    private const string Reinvite = "mutation($i: ReinvitePersonInput!) { reinvitePerson(input: $i) { invitationCode expiresAt } }";
    private const string Accept = "mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken } }";

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>A new person invited by the demo administrator; with <paramref name="accept"/>, active with <see cref="Password"/>.</summary>
    private async Task<(string Email, string Code)> InviteAsync(bool accept = true, params string[] roles)
    {
        var (admin, _) = await host.Http.SignInAsync(People.Administrator);
        var email = $"mariama-{Guid.NewGuid():N}@guediawaye.example";
        var (_, invited) = await host.Http.PostGraphQLAsync(
            "mutation($i: InvitePersonInput!) { invitePerson(input: $i) { invitationCode } }",
            new { i = new { clientMutationId = NewId("inv"), email, displayName = "Mariama Ba", roles } }, admin);
        var code = invited["data"]!["invitePerson"]!["invitationCode"]!.GetValue<string>();
        if (accept)
            await host.Http.PostGraphQLAsync(Accept, new { i = new { clientMutationId = NewId("acc"), email, code, password = Password } });
        return (email, code);
    }

    private async Task<string> AdministratorAsync() => (await host.Http.SignInAsync(People.Administrator)).AccessToken;

    private async Task<JsonObject> PostAsync(string query, object input, string? token = null) =>
        (await host.Http.PostGraphQLAsync(query, new { i = input }, token)).Body;

    private static string Data(JsonObject body, string field, string value) =>
        body["data"]?[field]?[value]?.GetValue<string>() ?? throw new InvalidOperationException(body.ToJsonString());

    /// <summary>Changed from one phone: that phone stays signed in, the other is signed out at once, and the new password signs in.</summary>
    [Fact]
    public async Task ChangePassword_RightCurrent_ThisSessionStaysOtherEnds()
    {
        var (email, _) = await InviteAsync();
        var (here, _) = await host.Http.SignInAsync(email, Password);
        var (elsewhere, _) = await host.Http.SignInAsync(email, Password);

        var changed = await PostAsync(Change, new { clientMutationId = "change", currentPassword = Password, newPassword = NewPassword }, here);
        var (_, hereRead) = await host.Http.GetGraphQLAsync(Viewer, here);
        var (elsewhereStatus, elsewhereRead) = await host.Http.GetGraphQLAsync(Viewer, elsewhere);

        Assert.Equal(email, changed["data"]!["changePassword"]!["person"]!["email"]!.GetValue<string>());
        Assert.Equal(email, hereRead["data"]!["viewer"]!["email"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, elsewhereStatus);
        Assert.Equal("UNAUTHENTICATED", elsewhereRead.ErrorCode());
        Assert.NotEmpty((await host.Http.SignInAsync(email, NewPassword)).AccessToken);
    }

    /// <summary>A wrong current password is refused in both languages and changes nothing; nobody signed in changes nothing either.</summary>
    [Fact]
    public async Task ChangePassword_WrongCurrentOrAnonymous_RefusedNothingChanged()
    {
        var (email, _) = await InviteAsync();
        var (token, _) = await host.Http.SignInAsync(email, Password);

        var wrong = await PostAsync(Change, new { clientMutationId = "change", currentPassword = "pas-le-bon-mot", newPassword = NewPassword }, token);
        var anonymous = await PostAsync(Change, new { clientMutationId = "change", currentPassword = Password, newPassword = NewPassword });

        Assert.Equal("VALIDATION", wrong.ErrorCode());
        Assert.Contains("Le mot de passe actuel n'est pas le bon : rien n'a changé. / The current password is wrong: nothing changed.", wrong.ErrorMessage());
        Assert.Equal("UNAUTHENTICATED", anonymous.ErrorCode());
        Assert.NotEmpty((await host.Http.SignInAsync(email, Password)).AccessToken);
    }

    /// <summary>
    /// The administrator's code, typed with a new password by someone signed in nowhere, signs her in; her earlier
    /// session ends, and the same code is then refused.
    /// </summary>
    [Fact]
    public async Task ResetCode_Used_SignedInOldSessionEndsCodeThenRefused()
    {
        var (email, _) = await InviteAsync();
        var (before, _) = await host.Http.SignInAsync(email, Password);

        var issued = await PostAsync(Issue, new { clientMutationId = NewId("reset"), email }, await AdministratorAsync());
        var code = Data(issued, "issueResetCode", "resetCode");
        var reset = await PostAsync(Reset, new { clientMutationId = "r1", email, code, newPassword = NewPassword });
        var again = await PostAsync(Reset, new { clientMutationId = "r2", email, code, newPassword = "encore-un-autre-mot" });
        var (_, beforeRead) = await host.Http.GetGraphQLAsync(Viewer, before);

        Assert.Equal(email, reset["data"]!["resetPassword"]!["viewer"]!["email"]!.GetValue<string>());
        Assert.Equal("VALIDATION", again.ErrorCode());
        Assert.Contains(" / This reset code is not valid", again.ErrorMessage());
        Assert.Equal("UNAUTHENTICATED", beforeRead.ErrorCode());
        Assert.NotEmpty((await host.Http.SignInAsync(email, NewPassword)).AccessToken);
    }

    /// <summary>A code past its 7 days, or a mistyped one, is refused and the password stays.</summary>
    [Fact]
    public async Task ResetCode_ExpiredOrWrong_RefusedPasswordUnchanged()
    {
        var (email, _) = await InviteAsync();
        var issued = await PostAsync(Issue, new { clientMutationId = NewId("reset"), email }, await AdministratorAsync());
        var code = Data(issued, "issueResetCode", "resetCode");

        var wrong = await PostAsync(Reset, new { clientMutationId = "r1", email, code = "AAAA-BBBB-CCCC", newPassword = NewPassword });
        host.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var expired = await PostAsync(Reset, new { clientMutationId = "r2", email, code, newPassword = NewPassword });

        Assert.Equal("VALIDATION", wrong.ErrorCode());
        Assert.Equal("VALIDATION", expired.ErrorCode());
        Assert.Equal(wrong.ErrorMessage(), expired.ErrorMessage());
        Assert.NotEmpty((await host.Http.SignInAsync(email, Password)).AccessToken);
    }

    /// <summary>Only administrators issue codes, renew or repeat invitations, and list people.</summary>
    [Fact]
    public async Task AdministratorMutations_ByMember_Forbidden()
    {
        var (email, _) = await InviteAsync();
        var (member, _) = await host.Http.SignInAsync(People.GuediawayeSouth);

        var issue = await PostAsync(Issue, new { clientMutationId = "x", email }, member);
        var renew = await PostAsync(Renew, new { clientMutationId = "x", email }, member);
        var reinvite = await PostAsync(Reinvite, new { clientMutationId = "x", email }, member);
        var (_, people) = await host.Http.GetGraphQLAsync("{ people { nodes { email } } }", member);

        Assert.All(new[] { issue, renew, reinvite, people }, body => Assert.Equal("FORBIDDEN", body.ErrorCode()));
        Assert.NotEmpty((await host.Http.SignInAsync(email, Password)).AccessToken);
    }

    /// <summary>
    /// A repeat of issueResetCode by the same administrator shows no code (it is shown once); once she is no longer an
    /// administrator, the repeat is refused.
    /// </summary>
    [Fact]
    public async Task IssueResetCode_Repeated_NoCodeThenForbiddenOnceDemoted()
    {
        var (secondAdmin, _) = await InviteAsync(true, "ADMINISTRATOR");
        var (email, _) = await InviteAsync();
        var (token, _) = await host.Http.SignInAsync(secondAdmin, Password);
        var id = NewId("reset");

        var first = await PostAsync(Issue, new { clientMutationId = id, email }, token);
        var repeat = await PostAsync(Issue, new { clientMutationId = id, email }, token);
        await PostAsync("mutation($i: SetAccountRolesInput!) { setAccountRoles(input: $i) { clientMutationId } }",
            new { clientMutationId = NewId("demote"), email = secondAdmin, roles = Array.Empty<string>() }, await AdministratorAsync());
        var demoted = await PostAsync(Issue, new { clientMutationId = id, email }, token);

        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", Data(first, "issueResetCode", "resetCode"));
        Assert.Equal("", Data(repeat, "issueResetCode", "resetCode"));
        Assert.Equal(Data(first, "issueResetCode", "expiresAt"), Data(repeat, "issueResetCode", "expiresAt"));
        Assert.Contains(demoted.ErrorCode(), new[] { "FORBIDDEN", "UNAUTHENTICATED" });
        Assert.Null(demoted["data"]?["issueResetCode"]);
    }

    /// <summary>
    /// A lapsed invitation: the old code is refused, the administrator sees it lapsed in the list of people and renews
    /// it; the new code works; a repeat of the renewal then shows no code, since it was used.
    /// </summary>
    [Fact]
    public async Task RenewInvitation_Lapsed_NewCodeWorksRepeatShowsNoCode()
    {
        var (email, oldCode) = await InviteAsync(accept: false);
        host.Time.Advance(TimeSpan.FromDays(8));
        var admin = await AdministratorAsync();
        var id = NewId("renew");

        var oldRefused = await PostAsync(Accept, new { clientMutationId = "a1", email, code = oldCode, password = Password });
        var (_, people) = await host.Http.GetGraphQLAsync("{ people { nodes { email status invitationExpiresAt } } }", admin);
        var renewed = await PostAsync(Renew, new { clientMutationId = id, email }, admin);
        var accepted = await PostAsync(Accept, new { clientMutationId = "a2", email, code = Data(renewed, "renewInvitation", "invitationCode"), password = Password });
        var repeat = await PostAsync(Renew, new { clientMutationId = id, email }, admin);
        var renewActive = await PostAsync(Renew, new { clientMutationId = NewId("renew"), email }, admin);

        Assert.Equal("VALIDATION", oldRefused.ErrorCode());
        var listed = Assert.Single(people["data"]!["people"]!["nodes"]!.AsArray(), p => p!["email"]!.GetValue<string>() == email)!;
        Assert.Equal("INVITED", listed["status"]!.GetValue<string>());
        Assert.True(listed["invitationExpiresAt"]!.GetValue<DateTimeOffset>() < host.Time.GetUtcNow());
        Assert.NotEmpty(Data(accepted, "acceptInvitation", "accessToken"));
        Assert.Equal("", Data(repeat, "renewInvitation", "invitationCode"));
        Assert.Equal("CONFLICT", renewActive.ErrorCode());
    }

    /// <summary>
    /// The list of people a page at a time, the latest invited first: three new people fill the first page of two and
    /// begin the next; the cursor of a page keeps its place; a page size out of range is refused.
    /// </summary>
    [Fact]
    public async Task People_PagedLatestInvitedFirst()
    {
        var (first, _) = await InviteAsync(accept: false);
        var (second, _) = await InviteAsync(accept: false);
        var (third, _) = await InviteAsync(accept: false);
        var admin = await AdministratorAsync();
        const string Page = "query($after: String) { people(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { email } } }";

        var (_, one) = await host.Http.PostGraphQLAsync(Page, new { after = (string?)null }, admin);
        var cursor = one["data"]!["people"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var (_, two) = await host.Http.PostGraphQLAsync(Page, new { after = cursor }, admin);
        var (_, tooMany) = await host.Http.GetGraphQLAsync("{ people(first: 101) { nodes { email } } }", admin);

        string[] Emails(JsonObject body) => [.. body["data"]!["people"]!["nodes"]!.AsArray().Select(p => p!["email"]!.GetValue<string>())];
        Assert.Equal([third, second], Emails(one));
        Assert.True(one["data"]!["people"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(one["data"]!["people"]!["totalCount"]!.GetValue<int>() >= 3);
        Assert.Equal(first, Emails(two)[0]);
        Assert.Equal("VALIDATION", tooMany.ErrorCode());
    }

    /// <summary>An active person invited again: her token is refused at once, her password no longer signs in, the new code sets one.</summary>
    [Fact]
    public async Task ReinvitePerson_Active_SignedOutNewCodeSetsPassword()
    {
        var (email, _) = await InviteAsync();
        var (token, _) = await host.Http.SignInAsync(email, Password);

        var reinvited = await PostAsync(Reinvite, new { clientMutationId = NewId("again"), email }, await AdministratorAsync());
        var (_, read) = await host.Http.GetGraphQLAsync(Viewer, token);
        var signIn = await PostAsync("mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }", new { clientMutationId = "s", email, password = Password });
        var accepted = await PostAsync(Accept, new { clientMutationId = "a", email, code = Data(reinvited, "reinvitePerson", "invitationCode"), password = NewPassword });

        Assert.Equal("UNAUTHENTICATED", read.ErrorCode());
        Assert.Equal("UNAUTHENTICATED", signIn.ErrorCode());
        Assert.NotEmpty(Data(accepted, "acceptInvitation", "accessToken"));
    }
}
