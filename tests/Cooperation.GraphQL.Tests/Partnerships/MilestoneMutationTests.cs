namespace Cooperation.GraphQL.Tests.Partnerships;

[Collection(ApiCollection.Name)]
public sealed class MilestoneMutationTests(ApiFixture api)
{
    private const string Plan = """
        mutation($input: PlanMilestoneInput!) {
          planMilestone(input: $input) { clientMutationId milestone { id title version status dueOn } }
        }
        """;

    private const string Milestones = "query($id: ID!) { partnership(id: $id) { revision milestones { id title dueOn progress version } history(first: 100) { nodes { action field oldValue newValue } } } }";

    private static object PlanInput(string clientMutationId, string partnership = "e-administration-plateau", string title = "Raccorder la mairie de Kétou", string dueOn = "2027-03-31") =>
        new { input = new { clientMutationId, partnershipId = partnership, title, side = "SOUTH", startOn = "2026-10-01", dueOn } };

    private Task<string> TokenAsync() => api.TokenAsync(People.ChalonNorth);

    private async Task<JsonNode> PartnershipAsync(string slug = "e-administration-plateau") =>
        (await api.Http.PostGraphQLAsync(Milestones, new { id = slug }, token: await TokenAsync())).Body["data"]!["partnership"]!;

    /// <summary>The same mutation sent twice with one clientMutationId plans one milestone, and both answers agree.</summary>
    [Fact]
    public async Task PlanMilestone_SameClientMutationIdTwice_ChangesStateOnce()
    {
        var before = await PartnershipAsync();
        var id = $"plan-{Guid.NewGuid():N}";

        var first = await api.Http.PostGraphQLAsync(Plan, PlanInput(id), token: await TokenAsync());
        var second = await api.Http.PostGraphQLAsync(Plan, PlanInput(id), token: await TokenAsync());
        var after = await PartnershipAsync();

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(id, first.Body["data"]!["planMilestone"]!["clientMutationId"]!.GetValue<string>());
        Assert.Equal(first.Body.ToJsonString(), second.Body.ToJsonString());
        Assert.Equal(before["milestones"]!.AsArray().Count + 1, after["milestones"]!.AsArray().Count);
        Assert.Equal(before["revision"]!.GetValue<long>() + 1, after["revision"]!.GetValue<long>());
    }

    /// <summary>Invalid milestones get VALIDATION with a French message and change nothing.</summary>
    [Theory]
    [InlineData("", "2027-03-31", "titre")]
    [InlineData("Titre valide", "1889-01-01", "période")]
    public async Task PlanMilestone_InvalidInput_ValidationAndNothingChanges(string title, string dueOn, string expectedWord)
    {
        var before = await PartnershipAsync();

        var (status, body) = await api.Http.PostGraphQLAsync(Plan, PlanInput($"bad-{Guid.NewGuid():N}", title: title, dueOn: dueOn), token: await TokenAsync());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("VALIDATION", body.ErrorCode());
        Assert.Contains(expectedWord, body.ErrorMessage());
        Assert.Equal(before.ToJsonString(), (await PartnershipAsync()).ToJsonString());
    }

    /// <summary>A date that does not exist is refused before execution (400, no data) and changes nothing.</summary>
    [Fact]
    public async Task PlanMilestone_ImpossibleDate_RefusedBeforeExecution()
    {
        var before = await PartnershipAsync();

        var (status, body) = await api.Http.PostGraphQLAsync(Plan, PlanInput($"date-{Guid.NewGuid():N}", dueOn: "2026-02-30"), token: await TokenAsync());

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(body.ContainsKey("data"));
        Assert.NotNull(body.ErrorCode());
        Assert.Equal(before.ToJsonString(), (await PartnershipAsync()).ToJsonString());
    }

    /// <summary>Progress over 100 % is VALIDATION; the milestone keeps its progress.</summary>
    [Fact]
    public async Task RecordMilestoneProgress_Over100_Validation()
    {
        var milestone = await PlanFreshAsync();

        var (_, body) = await api.Http.PostGraphQLAsync(
            "mutation($i: RecordMilestoneProgressInput!) { recordMilestoneProgress(input: $i) { milestone { progress } } }",
            new { i = new { clientMutationId = $"p-{Guid.NewGuid():N}", milestoneId = milestone, progress = 101 } }, token: await TokenAsync());

        Assert.Equal("VALIDATION", body.ErrorCode());
        Assert.Contains("0 et 100", body.ErrorMessage());
    }

    /// <summary>An edit made on an outdated version is CONFLICT and leaves the newer edit in place.</summary>
    [Fact]
    public async Task EditMilestone_StaleVersion_ConflictAndUnchanged()
    {
        var milestone = await PlanFreshAsync();
        const string edit = "mutation($i: EditMilestoneInput!) { editMilestone(input: $i) { milestone { title version } } }";

        var fromChalon = await api.Http.PostGraphQLAsync(edit, new { i = new { clientMutationId = $"e-{Guid.NewGuid():N}", milestoneId = milestone, expectedVersion = 1, title = "Titre du Grand Chalon" } }, token: await TokenAsync());
        var fromPlateau = await api.Http.PostGraphQLAsync(edit, new { i = new { clientMutationId = $"e-{Guid.NewGuid():N}", milestoneId = milestone, expectedVersion = 1, title = "Titre du Plateau" } }, token: await TokenAsync());

        Assert.Equal(2, fromChalon.Body["data"]!["editMilestone"]!["milestone"]!["version"]!.GetValue<int>());
        Assert.Equal("CONFLICT", fromPlateau.Body.ErrorCode());
        var (_, node) = await api.Http.PostGraphQLAsync("query($id: ID!) { node(id: $id) { ... on Milestone { title } } }", new { id = milestone }, token: await TokenAsync());
        Assert.Equal("Titre du Grand Chalon", node["data"]!["node"]!["title"]!.GetValue<string>());
    }

    /// <summary>Rescheduling shows in the partnership's history with the old and new due dates.</summary>
    [Fact]
    public async Task RescheduleMilestone_History_ShowsOldAndNewDueDate()
    {
        var milestone = await PlanFreshAsync();

        await api.Http.PostGraphQLAsync(
            "mutation($i: RescheduleMilestoneInput!) { rescheduleMilestone(input: $i) { milestone { dueOn } } }",
            new { i = new { clientMutationId = $"r-{Guid.NewGuid():N}", milestoneId = milestone, dueOn = "2027-09-30" } }, token: await TokenAsync());

        var history = (await PartnershipAsync())["history"]!["nodes"]!.AsArray();
        Assert.Contains(history, e => e!["action"]!.GetValue<string>() == "MilestoneRescheduled"
            && e["field"]!.GetValue<string>() == "dueOn"
            && e["oldValue"]!.GetValue<string>() == "2027-03-31"
            && e["newValue"]!.GetValue<string>() == "2027-09-30");
    }

    /// <summary>A completed milestone cannot be cancelled: VALIDATION, status unchanged.</summary>
    [Fact]
    public async Task CancelMilestone_AfterCompletion_Validation()
    {
        var milestone = await PlanFreshAsync();
        await api.Http.PostGraphQLAsync("mutation($i: CompleteMilestoneInput!) { completeMilestone(input: $i) { milestone { status } } }",
            new { i = new { clientMutationId = $"c-{Guid.NewGuid():N}", milestoneId = milestone } }, token: await TokenAsync());

        var (_, body) = await api.Http.PostGraphQLAsync("mutation($i: CancelMilestoneInput!) { cancelMilestone(input: $i) { milestone { status } } }",
            new { i = new { clientMutationId = $"x-{Guid.NewGuid():N}", milestoneId = milestone, reason = "Budget" } }, token: await TokenAsync());

        Assert.Equal("VALIDATION", body.ErrorCode());
        var (_, node) = await api.Http.PostGraphQLAsync("query($id: ID!) { node(id: $id) { ... on Milestone { status } } }", new { id = milestone }, token: await TokenAsync());
        Assert.Equal("COMPLETED", node["data"]!["node"]!["status"]!.GetValue<string>());
    }

    /// <summary>Planning on a partnership that does not exist is NOT_FOUND for an administrator, FORBIDDEN for anyone else.</summary>
    [Fact]
    public async Task PlanMilestone_UnknownPartnership_NotFoundForAdministratorsOnly()
    {
        var (_, asAdministrator) = await api.Http.PostGraphQLAsync(Plan, PlanInput($"u-{Guid.NewGuid():N}", partnership: "ouagadougou"), await api.TokenAsync(People.Administrator));
        var (_, asStaff) = await api.Http.PostGraphQLAsync(Plan, PlanInput($"u-{Guid.NewGuid():N}", partnership: "ouagadougou"), token: await TokenAsync());

        Assert.Equal("NOT_FOUND", asAdministrator.ErrorCode());
        Assert.Equal("FORBIDDEN", asStaff.ErrorCode());
    }

    private async Task<string> PlanFreshAsync()
    {
        var (_, body) = await api.Http.PostGraphQLAsync(Plan, PlanInput($"plan-{Guid.NewGuid():N}"), token: await TokenAsync());
        return body["data"]!["planMilestone"]!["milestone"]!["id"]!.GetValue<string>();
    }
}
