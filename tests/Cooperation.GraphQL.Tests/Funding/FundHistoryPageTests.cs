namespace Cooperation.GraphQL.Tests.Funding;

/// <summary>
/// A file's history reads a page at a time, newest first, with cursors that keep their place; each reader pages
/// through the lines they may read, and a reviewer reads none, whatever page she asks for.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FundHistoryPageTests(ApiFixture api)
{
    private const string Page = """
        query($id: ID!, $first: Int, $after: String) {
          fundApplication(id: $id) {
            history(first: $first, after: $after) {
              totalCount
              nodes { action actor clientMutationId }
              pageInfo { hasNextPage endCursor }
            }
          }
        }
        """;

    private async Task<JsonObject> PageAsync(string file, string token, int? first = null, string? after = null)
    {
        var (_, body) = await api.Http.PostGraphQLAsync(Page, new { id = file, first, after }, token);
        return body;
    }

    private static JsonNode? History(JsonObject body) => body["data"]!["fundApplication"]!["history"];

    private static List<string> Actions(JsonNode history) =>
        [.. history["nodes"]!.AsArray().Select(e => e!["action"]!.GetValue<string>())];

    /// <summary>Every line <paramref name="token"/>'s holder reads, newest first, one line a page.</summary>
    private async Task<List<JsonNode>> AllOneAtATimeAsync(string file, string token)
    {
        var lines = new List<JsonNode>();
        string? after = null;
        while (true)
        {
            var history = History(await PageAsync(file, token, 1, after))!;
            lines.AddRange(history["nodes"]!.AsArray().Select(n => n!));
            if (!history["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
                return lines;
            after = history["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
    }

    private async Task<(string Julien, string Manager, string File)> FiledAsync()
    {
        var (julien, manager) = (await api.TokenAsync(People.CastresNorth), await api.TokenAsync(People.FundManager));
        var file = await FundRequests.SubmittedAsync(api.Http, julien, await FundRequests.CallAsync(api.Http, manager), "sig-guediawaye");
        return (julien, manager, file);
    }

    /// <summary>The newest line first; the page after a cursor holds the older ones, the same after the manager returns the file.</summary>
    [Fact]
    public async Task History_PagesNewestFirst_CursorKeepsItsPlaceAfterNewLines()
    {
        var (julien, manager, file) = await FiledAsync();
        var first = History(await PageAsync(file, julien, 1))!;
        var cursor = first["pageInfo"]!["endCursor"]!.GetValue<string>();

        await FundRequests.ActAsync(api.Http, manager, "returnFundApplication", "ReturnFundApplicationInput",
            new { clientMutationId = FundRequests.NewId("return"), applicationId = file, reason = "Précisez la durée du projet." });
        var next = History(await PageAsync(file, julien, 5, cursor))!;
        var newest = History(await PageAsync(file, julien, 1))!;

        Assert.Equal(["FundApplicationSubmitted"], Actions(first));
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(["FundApplicationDrafted"], Actions(next));
        Assert.False(next["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(["FundApplicationReturned"], Actions(newest));
        Assert.Equal((2, 4), (first["totalCount"]!.GetValue<int>(), newest["totalCount"]!.GetValue<int>()));
    }

    /// <summary>
    /// Page by page, the applicant reads the file's lifecycle with no one else's address or action id, the manager
    /// reads the review process too, and a reviewer reads no history, even after a cursor the others were given.
    /// </summary>
    [Fact]
    public async Task History_ThroughPages_EachReaderTheirOwnLines()
    {
        var (julien, manager, file) = await FiledAsync();
        await FundRequests.AssignAsync(api.Http, manager, file, People.Reviewer);

        var byJulien = await AllOneAtATimeAsync(file, julien);
        var byManager = await AllOneAtATimeAsync(file, manager);
        var cursor = History(await PageAsync(file, manager, 1))!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var byReviewer = await PageAsync(file, await api.TokenAsync(People.Reviewer), 1, cursor);

        Assert.Equal(["FundApplicationUnderReview", "FundApplicationSubmitted", "FundApplicationDrafted"], byJulien.Select(e => e["action"]!.GetValue<string>()));
        Assert.Null(byJulien[0]["clientMutationId"]);
        Assert.DoesNotContain("@", string.Join(" ", byJulien.Select(e => e.ToJsonString())));
        Assert.Equal(["FundApplicationUnderReview", "ReviewerAssigned", "FundApplicationSubmitted", "FundApplicationDrafted"],
            byManager.Select(e => e["action"]!.GetValue<string>()));
        Assert.Null(byReviewer["errors"]);
        Assert.Null(History(byReviewer));
    }

    /// <summary>A page of none, of more than 100 lines, after a cursor this server did not give or past the file's history is VALIDATION, in French and English.</summary>
    [Theory]
    [MemberData(nameof(BadPages.Cases), MemberType = typeof(BadPages))]
    public async Task History_BadPageOrCursor_Validation(int first, string? after)
    {
        var (julien, _, file) = await FiledAsync();

        var body = await PageAsync(file, julien, first, after);

        BadPages.AssertRefused(body);
    }
}
