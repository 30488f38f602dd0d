using Azure.Storage.Blobs;

namespace Cooperation.GraphQL.Tests.Accounts;

/// <summary>The per-address limit on sign-in attempts, on a host of its own with a low limit.</summary>
public sealed class SignInLimiterTests : IAsyncLifetime
{
    private readonly string _container = $"limiter-{Guid.NewGuid():N}";
    private ApiHost? _host;

    /// <summary>One address trying many accounts is refused past the limit, with how long to wait, before any password is checked.</summary>
    [Fact]
    public async Task SignIn_PastTheAddressLimit_RateLimitedWithWait()
    {
        var answers = new List<JsonObject>();
        foreach (var email in new[] { People.HavreNorth, People.CastresNorth, People.ChalonNorth, People.BesanconNorth })
            answers.Add((await _host!.Http.PostGraphQLAsync("mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }",
                new { i = new { clientMutationId = email, email, password = "essai-au-hasard" } })).Body);

        Assert.All(answers.Take(3), a => Assert.Equal("UNAUTHENTICATED", a.ErrorCode()));
        Assert.Equal("RATE_LIMITED", answers[3].ErrorCode());
        Assert.Contains("réessayez dans", answers[3].ErrorMessage());
    }

    public async ValueTask InitializeAsync() =>
        _host = await ApiHost.StartAsync(_container, new Dictionary<string, string?> { ["Cooperation:Auth:SignInAttemptsPerMinute"] = "3" });

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        await new BlobServiceClient(ApiHost.StorageConnection).GetBlobContainerClient(_container).DeleteIfExistsAsync();
    }
}
