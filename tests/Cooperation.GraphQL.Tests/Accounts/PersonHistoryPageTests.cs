namespace Cooperation.GraphQL.Tests.Accounts;

/// <summary>A person's history reads a page at a time, newest first, with cursors that keep their place; administrators only here.</summary>
[Collection(ApiCollection.Name)]
public sealed class PersonHistoryPageTests(ApiFixture api)
{
    private const string Page = """
        query($email: String!, $first: Int, $after: String) {
          person(email: $email) {
            history(first: $first, after: $after) {
              totalCount
              nodes { action newValue }
              pageInfo { hasNextPage endCursor }
            }
          }
        }
        """;

    private Task<string> AdministratorAsync() => api.TokenAsync(People.Administrator);

    private async Task<JsonObject> PageAsync(string email, string token, int? first = null, string? after = null)
    {
        var (_, body) = await api.Http.PostGraphQLAsync(Page, new { email, first, after }, token);
        return body;
    }

    private static JsonNode History(JsonObject body) => body["data"]?["person"]?["history"] ?? throw new InvalidOperationException(body.ToJsonString());

    private static List<string> Values(JsonNode history) =>
        [.. history["nodes"]!.AsArray().Select(e => $"{e!["action"]!.GetValue<string>()}:{e["newValue"]?.GetValue<string>()}")];

    private async Task SetRolesAsync(string email, params string[] roles)
    {
        var (_, body) = await api.Http.PostGraphQLAsync(
            "mutation($i: SetAccountRolesInput!) { setAccountRoles(input: $i) { clientMutationId } }",
            new { i = new { clientMutationId = $"roles-{Guid.NewGuid():N}", email, roles } }, await AdministratorAsync());
        Assert.Null(body["errors"]);
    }

    /// <summary>A person invited as a reviewer, then made a manager: two lines.</summary>
    private async Task<string> InvitedAsync()
    {
        var email = $"page-{Guid.NewGuid():N}@figuig.example";
        var (_, body) = await api.Http.PostGraphQLAsync(
            "mutation($i: InvitePersonInput!) { invitePerson(input: $i) { invitationCode } }",
            new { i = new { clientMutationId = $"invite-{Guid.NewGuid():N}", email, displayName = "Nouvelle personne", roles = new[] { "FUND_REVIEWER" } } },
            await AdministratorAsync());
        Assert.Null(body["errors"]);
        await SetRolesAsync(email, "FUND_MANAGER");
        return email;
    }

    /// <summary>The newest line first; the page after a cursor holds the older ones, the same after a new change.</summary>
    [Fact]
    public async Task History_PagesNewestFirst_CursorKeepsItsPlaceAfterANewLine()
    {
        var email = await InvitedAsync();
        var first = History(await PageAsync(email, await AdministratorAsync(), 1));
        var cursor = first["pageInfo"]!["endCursor"]!.GetValue<string>();

        await SetRolesAsync(email, "FUND_REVIEWER");
        var next = History(await PageAsync(email, await AdministratorAsync(), 5, cursor));
        var newest = History(await PageAsync(email, await AdministratorAsync(), 1));

        Assert.Equal(["RolesChanged:FundManager"], Values(first));
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(["AccountInvited"], Values(next).Select(v => v.Split(':')[0]));
        Assert.False(next["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(["RolesChanged:FundReviewer"], Values(newest));
        Assert.Equal((2, 3), (first["totalCount"]!.GetValue<int>(), newest["totalCount"]!.GetValue<int>()));
    }

    /// <summary>Someone who is not an administrator reads no page of another person's history, even after a cursor an administrator was given.</summary>
    [Fact]
    public async Task History_ByNonAdministratorWithCursor_Forbidden()
    {
        var email = await InvitedAsync();
        var cursor = History(await PageAsync(email, await AdministratorAsync(), 1))["pageInfo"]!["endCursor"]!.GetValue<string>();

        var body = await PageAsync(email, await api.TokenAsync(People.GuediawayeSouth), 1, cursor);

        Assert.Equal("FORBIDDEN", body.ErrorCode());
        Assert.DoesNotContain("AccountInvited", body.ToJsonString());
    }

    /// <summary>A page of none, of more than 100 lines, after a cursor this server did not give or past the history is VALIDATION, in French and English.</summary>
    [Theory]
    [MemberData(nameof(BadPages.Cases), MemberType = typeof(BadPages))]
    public async Task History_BadPageOrCursor_Validation(int first, string? after)
    {
        var body = await PageAsync(People.GuediawayeSouth, await AdministratorAsync(), first, after);

        BadPages.AssertRefused(body);
    }
}
