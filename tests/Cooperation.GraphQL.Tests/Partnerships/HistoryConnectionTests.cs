namespace Cooperation.GraphQL.Tests.Partnerships;

/// <summary>A partnership's history reads a page at a time, newest first, with cursors that keep their place.</summary>
[Collection(ApiCollection.Name)]
public sealed class HistoryConnectionTests(ApiFixture api)
{
    private const string Slug = "e-administration-plateau";

    private const string Page = """
        query($id: ID!, $first: Int, $after: String) {
          partnership(id: $id) {
            history(first: $first, after: $after) {
              totalCount
              edges { cursor node { revision action } }
              nodes { revision }
              pageInfo { hasNextPage endCursor }
            }
          }
        }
        """;

    private Task<string> TokenAsync() => api.TokenAsync(People.ChalonNorth);

    private async Task<JsonObject> PageAsync(int? first, string? after)
    {
        var (_, body) = await api.Http.PostGraphQLAsync(Page, new { id = Slug, first, after }, await TokenAsync());
        return body;
    }

    private static JsonNode History(JsonObject body) => body["data"]!["partnership"]!["history"]!;

    private static List<long> Revisions(JsonNode history) =>
        [.. history["edges"]!.AsArray().Select(e => e!["node"]!["revision"]!.GetValue<long>())];

    /// <summary>
    /// The newest lines come first; the page after a cursor holds the older ones, and holds the same lines when read
    /// again after a new change.
    /// </summary>
    [Fact]
    public async Task History_PagesNewestFirst_CursorKeepsItsPlaceAfterANewChange()
    {
        var first = History(await PageAsync(3, null));
        var cursor = first["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = History(await PageAsync(3, cursor));

        await api.Http.PostGraphQLAsync(
            "mutation($input: PlanMilestoneInput!) { planMilestone(input: $input) { milestone { id } } }",
            new { input = new { clientMutationId = $"page-{Guid.NewGuid():N}", partnershipId = Slug, title = "Former les agents de l'état civil", side = "SOUTH", dueOn = "2027-06-30" } },
            await TokenAsync());
        var secondAgain = History(await PageAsync(3, cursor));
        var newest = History(await PageAsync(1, null));

        var revisions = Revisions(first).Concat(Revisions(second)).ToList();
        Assert.Equal(revisions.OrderDescending(), revisions);
        Assert.Equal(Revisions(first), first["nodes"]!.AsArray().Select(n => n!["revision"]!.GetValue<long>()));
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(Revisions(second), Revisions(secondAgain));
        Assert.Equal("MilestonePlanned", newest["edges"]![0]!["node"]!["action"]!.GetValue<string>());
        Assert.True(newest["totalCount"]!.GetValue<int>() > first["totalCount"]!.GetValue<int>());
    }

    /// <summary>A page of none, of more than 100 lines, or after a cursor this server did not give is VALIDATION, in French and English.</summary>
    [Theory]
    [InlineData(0, null)]
    [InlineData(101, null)]
    [InlineData(10, "pas-un-curseur")]
    public async Task History_BadPageOrCursor_Validation(int first, string? after)
    {
        var body = await PageAsync(first, after);

        Assert.Equal("VALIDATION", body.ErrorCode());
        Assert.Contains(" / ", body.ErrorMessage());
    }
}
