using Azure.Storage.Blobs;

namespace Cooperation.GraphQL.Tests.Documents;

/// <summary>
/// The default policy (as <c>./run</c> and production run): without signing in, only registered operations, by id.
/// A host of its own, with <c>Cooperation:Api:AllowAnonymousQueryText</c> off.
/// </summary>
public sealed class QueryTextPolicyTests : IAsyncLifetime
{
    private readonly string _container = $"policy-{Guid.NewGuid():N}";
    private ApiHost? _host;

    private HttpClient Http => _host!.Http;

    /// <summary>GraphQL text from nobody: 401 PERSISTED_DOCUMENT_REQUIRED, and the sign-in it carried did not happen.</summary>
    [Fact]
    public async Task AnonymousQueryText_401PersistedDocumentRequired()
    {
        var (directoryStatus, directory) = await Http.GetGraphQLAsync("{ partnerships { totalCount } }");
        var (signInStatus, signIn) = await Http.PostGraphQLAsync(
            "mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }",
            new { i = new { clientMutationId = "text-1", email = People.BesanconNorth, password = ApiHost.DemoPassword } });

        Assert.Equal(HttpStatusCode.Unauthorized, directoryStatus);
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", directory.ErrorCode());
        Assert.Contains("connectez-vous", directory.ErrorMessage());
        Assert.Equal(HttpStatusCode.Unauthorized, signInStatus);
        Assert.False(signIn.ContainsKey("data"));
    }

    /// <summary>Sign-in by id works without a token; the signed-in person may then send GraphQL text.</summary>
    [Fact]
    public async Task SignInByDocumentId_Anonymous_ThenQueryTextAllowed()
    {
        var (status, body) = await Http.PostDocumentAsync(ClientDocuments.IdOf("SignIn"),
            new { input = new { clientMutationId = "doc-1", email = People.BesanconNorth, password = ApiHost.DemoPassword } });
        var token = body["data"]!["signIn"]!["accessToken"]!.GetValue<string>();

        var (textStatus, text) = await Http.GetGraphQLAsync("{ viewer { displayName } }", token);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Marc Girard (Ville de Besançon)", body["data"]!["signIn"]!["viewer"]!["displayName"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, textStatus);
        Assert.Equal("Marc Girard (Ville de Besançon)", text["data"]!["viewer"]!["displayName"]!.GetValue<string>());
    }

    /// <summary>The public page needs no text: the directory by id answers anonymously.</summary>
    [Fact]
    public async Task Directory_ByDocumentId_Anonymous()
    {
        var (status, body) = await Http.GetDocumentAsync(ClientDocuments.IdOf("Directory"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(5, body["data"]!["partnerships"]!["totalCount"]!.GetValue<int>());
    }

    public async ValueTask InitializeAsync() =>
        _host = await ApiHost.StartAsync(_container, new Dictionary<string, string?> { ["Cooperation:Api:AllowAnonymousQueryText"] = "false" });

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        await new BlobServiceClient(ApiHost.StorageConnection).GetBlobContainerClient(_container).DeleteIfExistsAsync();
    }
}
