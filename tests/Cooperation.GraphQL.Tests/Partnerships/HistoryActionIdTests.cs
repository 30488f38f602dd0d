namespace Cooperation.GraphQL.Tests.Partnerships;

/// <summary>A history line shows its action id to the person who made the action, and null to every other reader.</summary>
[Collection(ApiCollection.Name)]
public sealed class HistoryActionIdTests(ApiFixture api)
{
    private const string History = "{ partnership(id: \"sig-guediawaye\") { history(first: 100) { nodes { subjectId clientMutationId } } } }";

    /// <summary>Julien plans a milestone: he reads its id in the history, Aminata and the administrator read null.</summary>
    [Fact]
    public async Task PlannedMilestone_HistoryReadByEach_IdForItsMakerOnly()
    {
        var julien = await api.TokenAsync(People.CastresNorth);
        var id = $"history-{Guid.NewGuid():N}";
        var (_, planned) = await api.Http.PostGraphQLAsync(
            "mutation($i: PlanMilestoneInput!) { planMilestone(input: $i) { milestone { id } } }",
            new { i = new { clientMutationId = id, partnershipId = "sig-guediawaye", title = "Atelier SIG avec les ONG", side = "NORTH", dueOn = "2027-03-31" } }, julien);
        var milestone = Schema.Relay.GlobalId.TryDecode(planned["data"]!["planMilestone"]!["milestone"]!["id"]!.GetValue<string>())!.Value.Key.Split('/')[^1];

        string? IdSeenBy(JsonObject body) => body["data"]!["partnership"]!["history"]!["nodes"]!.AsArray()
            .Single(e => e!["subjectId"]!.GetValue<string>() == milestone)!["clientMutationId"]?.GetValue<string>();
        var (_, byJulien) = await api.Http.PostGraphQLAsync(History, null, julien);
        var (_, byAminata) = await api.Http.PostGraphQLAsync(History, null, await api.TokenAsync(People.GuediawayeSouth));
        var (_, byAdministrator) = await api.Http.PostGraphQLAsync(History, null, await api.TokenAsync(People.Administrator));

        Assert.Equal(id, IdSeenBy(byJulien));
        Assert.Null(IdSeenBy(byAminata));
        Assert.Null(IdSeenBy(byAdministrator));
    }
}
