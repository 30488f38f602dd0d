using Azure.Storage.Blobs;

namespace Cooperation.GraphQL.Tests.Http;

/// <summary>What a newcomer checks with Ctrl-C and a second <c>./run</c>: data survives, the seed does not repeat.</summary>
public sealed class RestartTests : IAsyncLifetime
{
    private readonly string _container = $"restart-{Guid.NewGuid():N}";

    /// <summary>A milestone planned before a restart is there after it, the session still works, and the seed is not duplicated.</summary>
    [Fact]
    public async Task PlannedMilestone_AfterRestart_StillThereAndSeedNotDuplicated()
    {
        const string plan = "mutation($i: PlanMilestoneInput!) { planMilestone(input: $i) { milestone { id } } }";
        const string read = "{ partnerships { totalCount } partnership(id: \"cerenum\") { milestones { title } } }";
        var input = new { i = new { clientMutationId = "restart-1", partnershipId = "cerenum", title = "Mission de suivi à Saint-Louis", side = "JOINT", dueOn = "2027-01-20" } };

        string token;
        await using (var first = await ApiHost.StartAsync(_container))
        {
            token = (await first.Http.SignInAsync(People.HavreNorth)).AccessToken;
            await first.Http.PostGraphQLAsync(plan, input, token);
        }
        await using var second = await ApiHost.StartAsync(_container);
        var (_, body) = await second.Http.GetGraphQLAsync(read, token); // the session outlives the restart too

        Assert.Equal(5, body["data"]!["partnerships"]!["totalCount"]!.GetValue<int>());
        var titles = body["data"]!["partnership"]!["milestones"]!.AsArray().Select(m => m!["title"]!.GetValue<string>()).ToList();
        Assert.Equal(6, titles.Count);
        Assert.Equal("Mission de suivi à Saint-Louis", titles[^1]);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() =>
        await new BlobServiceClient(ApiHost.StorageConnection).GetBlobContainerClient(_container).DeleteIfExistsAsync();
}
