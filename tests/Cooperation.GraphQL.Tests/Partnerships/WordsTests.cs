using Cooperation.GraphQL.Tests.Accounts;

namespace Cooperation.GraphQL.Tests.Partnerships;

[Collection(SessionCollection.Name)]
public sealed class WordsTests(SessionHost host)
{
    /// <summary>A milestone's last change reads as people say it, in French then English.</summary>
    [Fact]
    public async Task Milestone_ChangedThreeDaysAgo_ReadsIlYA3Jours()
    {
        var (token, _) = await host.Http.SignInAsync(People.ChalonNorth);
        var (_, planned) = await host.Http.PostGraphQLAsync(
            "mutation($i: PlanMilestoneInput!) { planMilestone(input: $i) { milestone { id } } }",
            new { i = new { clientMutationId = $"w-{Guid.NewGuid():N}", partnershipId = "e-administration-plateau", title = "Former les secrétaires de mairie", side = "SOUTH", dueOn = "2027-03-31" } }, token);
        var id = planned["data"]!["planMilestone"]!["milestone"]!["id"]!.GetValue<string>();
        host.Time.Advance(TimeSpan.FromDays(3));
        (token, _) = await host.Http.SignInAsync(People.ChalonNorth);

        var (_, node) = await host.Http.PostGraphQLAsync("query($id: ID!) { node(id: $id) { ... on Milestone { updatedAgo } } }", new { id }, token);

        Assert.Equal("il y a 3 jours / 3 days ago", node["data"]!["node"]!["updatedAgo"]!.GetValue<string>());
    }
}
