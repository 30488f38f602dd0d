using Azure.Storage.Blobs;

namespace Cooperation.GraphQL.Tests.Operations;

/// <summary>An action can be followed in the logs by its id; the password and the token that carried it never appear.</summary>
public sealed class ActionLogTests : IAsyncLifetime
{
    private const string Partnership = "e-administration-plateau";
    private readonly string _container = $"logs-{Guid.NewGuid():N}";
    private readonly CapturedLogs _logs = new();
    private ApiHost? _host;

    [Fact]
    public async Task SignInThenAction_LogsTheActionId_NeverThePasswordNorTheToken()
    {
        var http = _host!.Http;
        var (token, refresh) = await http.SignInAsync(People.ChalonNorth);
        var actionId = $"jalon-{Guid.NewGuid():N}";
        var (status, body) = await http.PostGraphQLAsync(
            "mutation($i: PlanMilestoneInput!) { planMilestone(input: $i) { clientMutationId } }",
            new { i = new { clientMutationId = actionId, partnershipId = Partnership, title = "Jalon suivi dans les journaux", side = "NORTH", dueOn = "2027-03-01" } },
            token);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(actionId, body["data"]!["planMilestone"]!["clientMutationId"]!.GetValue<string>());
        var lines = _logs.Lines.ToList();
        Assert.Contains(lines, line => line.Contains(actionId, StringComparison.Ordinal) && line.Contains(Partnership, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains(ApiHost.DemoPassword, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains(token, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains(refresh, StringComparison.Ordinal));
    }

    public async ValueTask InitializeAsync() => _host = await ApiHost.StartAsync(_container, logs: _logs);

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        var blobs = new BlobServiceClient(ApiHost.StorageConnection);
        await blobs.GetBlobContainerClient(_container).DeleteIfExistsAsync();
        await blobs.GetBlobContainerClient(ApiHost.AttachmentsContainerOf(_container)).DeleteIfExistsAsync();
    }
}
