namespace Cooperation.GraphQL.Tests.Accounts;

/// <summary>A person's account history reads a page at a time, newest first, for the person herself and administrators.</summary>
[Collection(ApiCollection.Name)]
public sealed class PersonHistoryTests(ApiFixture api)
{
    private const string Page = """
        query($email: String!, $first: Int, $after: String) {
          person(email: $email) {
            history(first: $first, after: $after) {
              totalCount
              nodes { revision action }
              pageInfo { hasNextPage endCursor }
            }
          }
        }
        """;

    private async Task<JsonObject> PageAsync(string reader, int? first, string? after)
    {
        var (_, body) = await api.Http.PostGraphQLAsync(Page, new { email = People.GuediawayeSouth, first, after }, await api.TokenAsync(reader));
        return body;
    }

    private static List<long> Revisions(JsonObject body) =>
        [.. body["data"]!["person"]!["history"]!["nodes"]!.AsArray().Select(n => n!["revision"]!.GetValue<long>())];

    /// <summary>One line a page, newest first: the page after the first one's cursor holds the line before it, and the first line is an invitation.</summary>
    [Fact]
    public async Task History_PagesNewestFirst()
    {
        var first = await PageAsync(People.Administrator, 1, null);
        var history = first["data"]!["person"]!["history"]!;
        var total = history["totalCount"]!.GetValue<int>();
        var all = await PageAsync(People.Administrator, 100, null);
        var second = await PageAsync(People.Administrator, 1, history["pageInfo"]!["endCursor"]!.GetValue<string>());

        Assert.Equal(total > 1, history["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(Revisions(all).Take(2), Revisions(first).Concat(Revisions(second)).Take(2));
        Assert.Equal(Revisions(all).OrderDescending(), Revisions(all));
        Assert.Equal("AccountInvited", all["data"]!["person"]!["history"]!["nodes"]!.AsArray()[^1]!["action"]!.GetValue<string>());
    }

    /// <summary>A page of none, of more than 100 lines, or after a cursor this server did not give is VALIDATION, in French and English.</summary>
    [Theory]
    [InlineData(0, null)]
    [InlineData(101, null)]
    [InlineData(10, "pas-un-curseur")]
    public async Task History_BadPageOrCursor_Validation(int first, string? after)
    {
        var body = await PageAsync(People.Administrator, first, after);

        Assert.Equal("VALIDATION", body.ErrorCode());
        Assert.Contains(" / ", body.ErrorMessage());
    }
}
