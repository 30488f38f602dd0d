namespace Cooperation.GraphQL.Tests.Partnerships;

/// <summary>
/// Rescheduling moves the due date and touches the start date only when asked: an omitted <c>startOn</c> keeps it (the
/// web client's form shows only the due date), an explicit null clears it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RescheduleMilestoneTests(ApiFixture api)
{
    private const string Plan = "mutation($i: PlanMilestoneInput!) { planMilestone(input: $i) { milestone { id } } }";

    private const string Reschedule = "mutation($i: RescheduleMilestoneInput!) { rescheduleMilestone(input: $i) { milestone { startOn dueOn } } }";

    private const string Sync = "mutation($i: SyncInput!) { sync(input: $i) { results { error { code } } } }";

    private const string Read = "query($id: ID!) { node(id: $id) { ... on Milestone { startOn dueOn } } }";

    private Task<string> TokenAsync() => api.TokenAsync(People.ChalonNorth);

    /// <summary>A milestone starting on 1 October 2026, due on 31 March 2027.</summary>
    private async Task<string> PlannedAsync()
    {
        var (_, body) = await api.Http.PostGraphQLAsync(Plan, new
        {
            i = new
            {
                clientMutationId = NewId("plan"), partnershipId = "e-administration-plateau", title = "Former les secrétaires de mairie",
                side = "SOUTH", startOn = "2026-10-01", dueOn = "2027-03-31",
            },
        }, token: await TokenAsync());
        return body["data"]!["planMilestone"]!["milestone"]!["id"]!.GetValue<string>();
    }

    private async Task<(string? StartOn, string DueOn)> DatesAsync(string milestone)
    {
        var (_, body) = await api.Http.PostGraphQLAsync(Read, new { id = milestone }, token: await TokenAsync());
        var node = body["data"]!["node"]!;
        return (node["startOn"]?.GetValue<string>(), node["dueOn"]!.GetValue<string>());
    }

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    [Fact]
    public async Task RescheduleMilestone_StartOnOmitted_StartKept()
    {
        var milestone = await PlannedAsync();

        var (_, body) = await api.Http.PostGraphQLAsync(Reschedule,
            new { i = new { clientMutationId = NewId("r"), milestoneId = milestone, dueOn = "2027-09-30" } }, token: await TokenAsync());

        Assert.Null(body["errors"]);
        Assert.Equal(("2026-10-01", "2027-09-30"), await DatesAsync(milestone));
    }

    [Fact]
    public async Task RescheduleMilestone_StartOnExplicitNull_StartCleared()
    {
        var milestone = await PlannedAsync();

        var (_, body) = await api.Http.PostGraphQLAsync(Reschedule,
            new { i = new { clientMutationId = NewId("r"), milestoneId = milestone, startOn = (string?)null, dueOn = "2027-09-30" } }, token: await TokenAsync());

        Assert.Null(body["errors"]);
        Assert.Equal((null, "2027-09-30"), await DatesAsync(milestone));
    }

    /// <summary>The outbox sends the web client's reschedule inside a sync batch: the start date survives there too.</summary>
    [Fact]
    public async Task RescheduleMilestone_StartOnOmittedInSync_StartKept()
    {
        var milestone = await PlannedAsync();
        var action = new { rescheduleMilestone = new { clientMutationId = NewId("r"), milestoneId = milestone, dueOn = "2027-09-30" } };

        var (_, body) = await api.Http.PostGraphQLAsync(Sync,
            new { i = new { partnershipId = "e-administration-plateau", since = (string?)null, actions = new object[] { action } } }, token: await TokenAsync());

        Assert.Null(body["data"]!["sync"]!["results"]![0]!["error"]);
        Assert.Equal(("2026-10-01", "2027-09-30"), await DatesAsync(milestone));
    }
}
