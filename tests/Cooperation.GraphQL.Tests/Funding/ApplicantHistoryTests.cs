using Cooperation.GraphQL.Schema.Relay;

namespace Cooperation.GraphQL.Tests.Funding;

/// <summary>
/// What an applicant reads of a file's history: its lifecycle, her own action ids, and of the review process no one
/// else's action id or e-mail address (the seeded assignment's id once carried the reviewer's).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ApplicantHistoryTests(ApiFixture api)
{
    private const string History = "query($id: ID!) { fundApplication(id: $id) { history(first: 100) { nodes { action actor clientMutationId } } } }";

    private async Task<JsonArray> HistoryAsync(string file, string token)
    {
        var (_, body) = await api.Http.PostGraphQLAsync(History, new { id = file }, token);
        return body["data"]?["fundApplication"]?["history"]?["nodes"]?.AsArray() ?? throw new InvalidOperationException(body.ToJsonString());
    }

    /// <summary>The seeded SIG Guédiawaye file read by its North staff: no action id (they are the seed's), no e-mail address anywhere.</summary>
    [Fact]
    public async Task SeededFile_ReadByApplicant_NoActionIdNoEmail()
    {
        var (_, files) = await api.Http.PostGraphQLAsync("{ fundCall(id: \"fsn-2026\") { applications { id partnershipId } } }", null, await api.TokenAsync(People.FundManager));
        var file = files["data"]!["fundCall"]!["applications"]!.AsArray()
            .Single(a => GlobalId.TryDecode(a!["partnershipId"]!.GetValue<string>())?.Key == "sig-guediawaye")!["id"]!.GetValue<string>();

        var history = await HistoryAsync(file, await api.TokenAsync(People.CastresNorth));

        Assert.Contains(history, e => e!["action"]!.GetValue<string>() == "FundApplicationUnderReview");
        Assert.All(history, e => Assert.Null(e!["clientMutationId"]));
        Assert.DoesNotContain("@", history.ToJsonString());
    }

    /// <summary>
    /// A file of his own: Julien reads his own action ids; the manager's assignment that put it under review shows her
    /// name, without her address or her action id; the manager reads her own id, not Julien's.
    /// </summary>
    [Fact]
    public async Task OwnFile_ReadByApplicantAndManager_EachOnlyTheirOwnIds()
    {
        var (julien, manager) = (await api.TokenAsync(People.CastresNorth), await api.TokenAsync(People.FundManager));
        var call = await FundRequests.CallAsync(api.Http, manager);
        var file = await FundRequests.DraftAsync(api.Http, julien, call, "sig-guediawaye");
        var submit = FundRequests.NewId("submit");
        await FundRequests.ActAsync(api.Http, julien, "submitFundApplication", "SubmitFundApplicationInput", new { clientMutationId = submit, applicationId = file });
        var assign = FundRequests.NewId("assign");
        await FundRequests.ActAsync(api.Http, manager, "assignReviewer", "AssignReviewerInput", new { clientMutationId = assign, applicationId = file, reviewerEmail = People.Reviewer });

        var byJulien = await HistoryAsync(file, julien);
        var byManager = await HistoryAsync(file, manager);

        JsonNode Line(JsonArray history, string action) => history.First(e => e!["action"]!.GetValue<string>() == action)!;
        Assert.Equal(submit, Line(byJulien, "FundApplicationSubmitted")["clientMutationId"]!.GetValue<string>());
        var underReview = Line(byJulien, "FundApplicationUnderReview");
        Assert.Null(underReview["clientMutationId"]);
        Assert.StartsWith("Isabelle Moreau", underReview["actor"]!.GetValue<string>());
        Assert.DoesNotContain("@", byJulien.ToJsonString());
        Assert.DoesNotContain(byJulien, e => e!["action"]!.GetValue<string>() == "ReviewerAssigned");
        Assert.Equal(assign, Line(byManager, "ReviewerAssigned")["clientMutationId"]!.GetValue<string>());
        Assert.Null(Line(byManager, "FundApplicationSubmitted")["clientMutationId"]);
    }
}
