using System.Text.Json;

namespace Cooperation.GraphQL.Tests.Funding;

/// <summary>A call's history reads a page at a time, newest first, with cursors that keep their place; its managers only.</summary>
[Collection(ApiCollection.Name)]
public sealed class FundCallHistoryPageTests(ApiFixture api)
{
    private const string Page = """
        query($id: ID!, $first: Int, $after: String) {
          fundCall(id: $id) {
            history(first: $first, after: $after) {
              totalCount
              nodes { action field newValue }
              pageInfo { hasNextPage endCursor }
            }
          }
        }
        """;

    private async Task<JsonObject> PageAsync(string call, string token, int? first = null, string? after = null) =>
        (await api.Http.PostGraphQLAsync(Page, new { id = call, first, after }, token)).Body;

    private static JsonNode History(JsonObject body) => body["data"]?["fundCall"]?["history"] ?? throw new InvalidOperationException(body.ToJsonString());

    private static List<string> Lines(JsonNode history) =>
        [.. history["nodes"]!.AsArray().Select(e => $"{e!["action"]!.GetValue<string>()} {e["field"]?.GetValue<string>()}".TrimEnd())];

    private async Task EditAsync(string call, string manager, object change)
    {
        var input = JsonSerializer.SerializeToNode(change)!.AsObject();
        input["clientMutationId"] = FundRequests.NewId("edit");
        input["callId"] = call;
        var (_, body) = await api.Http.PostGraphQLAsync("mutation($i: EditFundCallInput!) { editFundCall(input: $i) { clientMutationId } }", new { i = input }, manager);
        Assert.Null(body["errors"]);
    }

    /// <summary>Opened, then its envelope and its title changed: the newest line first; after a cursor, the older ones, the same after a further edit.</summary>
    [Fact]
    public async Task History_PagesNewestFirst_CursorKeepsItsPlace()
    {
        var manager = await api.TokenAsync(People.FundManager);
        var call = await FundRequests.CallAsync(api.Http, manager);
        await EditAsync(call, manager, new { envelope = 120000 });
        await EditAsync(call, manager, new { title = "Appel de test, revu" });

        var first = History(await PageAsync(call, manager, 2));
        await EditAsync(call, manager, new { envelope = 90000 });
        var next = History(await PageAsync(call, manager, 2, first["pageInfo"]!["endCursor"]!.GetValue<string>()));
        var newest = History(await PageAsync(call, manager, 1));

        Assert.Equal(["FundCallEdited title", "FundCallEdited envelope"], Lines(first));
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(["FundCallOpened"], Lines(next));
        Assert.False(next["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(["FundCallEdited envelope"], Lines(newest));
        Assert.Equal((3, 4), (first["totalCount"]!.GetValue<int>(), newest["totalCount"]!.GetValue<int>()));
    }

    /// <summary>A reviewer and an applicant's North staff read no line of a call's history, whatever page they ask for.</summary>
    [Fact]
    public async Task History_NotAManager_Forbidden()
    {
        var manager = await api.TokenAsync(People.FundManager);
        var call = await FundRequests.CallAsync(api.Http, manager);
        var cursor = History(await PageAsync(call, manager, 1))["pageInfo"]!["endCursor"]?.GetValue<string>();

        var byReviewer = await PageAsync(call, await api.TokenAsync(People.Reviewer), 1, cursor);
        var byNorth = await PageAsync(call, await api.TokenAsync(People.CastresNorth));

        Assert.Equal(("FORBIDDEN", "FORBIDDEN"), (byReviewer.ErrorCode(), byNorth.ErrorCode()));
    }

    /// <summary>A page of none, of more than 100 lines, after a cursor this server did not give or past the call's history is VALIDATION.</summary>
    [Theory]
    [MemberData(nameof(BadPages.Cases), MemberType = typeof(BadPages))]
    public async Task History_BadPageOrCursor_Validation(int first, string? after)
    {
        var manager = await api.TokenAsync(People.FundManager);

        BadPages.AssertRefused(await PageAsync(await FundRequests.CallAsync(api.Http, manager), manager, first, after));
    }
}
