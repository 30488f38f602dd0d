using Azure.Storage.Blobs.Models;

namespace Cooperation.GraphQL.Tests.Http;

[Collection(ApiCollection.Name)]
public sealed class StorageConflictTests(ApiFixture api)
{
    /// <summary>
    /// When the stored partnership changed behind the grain's back (another silo, an operator), the grain's write
    /// is refused by its ETag: the mutation gets CONFLICT, the stored record is untouched, and a retry then succeeds.
    /// </summary>
    [Fact]
    public async Task PlanMilestone_StoredRecordChangedMeanwhile_ConflictThenRetrySucceeds()
    {
        const string slug = "libriciels-figuig";
        const string plan = "mutation($i: PlanMilestoneInput!) { planMilestone(input: $i) { milestone { title } } }";
        var ct = TestContext.Current.CancellationToken;
        var token = await api.TokenAsync(People.SeineSaintDenisNorth);
        await api.Http.GetGraphQLAsync($"{{ partnership(id: \"{slug}\") {{ revision }} }}");// the grain is active and holds an ETag

        // Rewrite the same bytes: the content is identical but the ETag moves on, like a concurrent writer's.
        var blob = await FindBlobAsync($"partnership/{slug}");
        var stored = (await blob.DownloadContentAsync(ct)).Value;
        await blob.UploadAsync(stored.Content, overwrite: true, ct);
        var etagBefore = (await blob.GetPropertiesAsync(cancellationToken: ct)).Value.ETag;

        var input = new { i = new { clientMutationId = $"c-{Guid.NewGuid():N}", partnershipId = slug, title = "Former les agents au libriciel des délibérations", side = "JOINT", dueOn = "2027-05-31" } };
        var (_, conflicted) = await api.Http.PostGraphQLAsync(plan, input, token);
        var etagAfter = (await blob.GetPropertiesAsync(cancellationToken: ct)).Value.ETag;
        var (_, retried) = await api.Http.PostGraphQLAsync(plan, input, token);

        Assert.Equal("CONFLICT", conflicted.ErrorCode());
        Assert.Equal(etagBefore, etagAfter);
        Assert.Equal("Former les agents au libriciel des délibérations", retried["data"]!["planMilestone"]!["milestone"]!["title"]!.GetValue<string>());
    }

    private async Task<Azure.Storage.Blobs.BlobClient> FindBlobAsync(string grainId)
    {
        await foreach (BlobItem item in api.Container.GetBlobsAsync(cancellationToken: TestContext.Current.CancellationToken))
            if (item.Name.Contains(grainId, StringComparison.Ordinal))
                return api.Container.GetBlobClient(item.Name);
        throw new InvalidOperationException($"No blob for {grainId} in {api.Container.Name}.");
    }
}
