using System.Net.Http.Headers;
using System.Text;

namespace Cooperation.GraphQL.Tests.Http;

[Collection(ApiCollection.Name)]
public sealed class TransportTests(ApiFixture api)
{
    /// <summary>A query that does not parse is a 400 with no data and an error, changing nothing.</summary>
    [Fact]
    public async Task Query_Malformed_400WithoutData()
    {
        var (status, body) = await api.Http.PostGraphQLAsync("{ partnerships(first: 2) { nodes { name }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(body.ContainsKey("data"));
        Assert.NotNull(body.ErrorMessage());
    }

    /// <summary>A mutation sent by GET is refused with 405 and Allow: POST, and nothing is planned.</summary>
    [Fact]
    public async Task Mutation_ByGet_405()
    {
        const string mutation = "mutation { planMilestone(input: {clientMutationId: \"get-1\", partnershipId: \"seneclic\", title: \"Par GET\", side: NORTH, dueOn: \"2027-01-01\"}) { clientMutationId } }";

        using var response = await api.Http.GetAsync("/graphql?query=" + Uri.EscapeDataString(mutation), TestContext.Current.CancellationToken);
        var (_, partnership) = await api.Http.GetGraphQLAsync("{ partnership(id: \"seneclic\") { milestones { title } } }", await api.TokenAsync(People.Administrator));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        Assert.DoesNotContain(partnership["data"]!["partnership"]!["milestones"]!.AsArray(), m => m!["title"]!.GetValue<string>() == "Par GET");
    }

    /// <summary>A client asking for Brotli gets a Brotli answer, smaller than the JSON it carries.</summary>
    [Fact]
    public async Task Directory_AcceptEncodingBrotli_CompressedAnswer()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get,
            "/graphql?query=" + Uri.EscapeDataString("{ partnerships(first: 10) { nodes { name summary themes milestones { title description } } } }"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        var token = await api.TokenAsync(People.Administrator);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await api.Http.SendAsync(request, TestContext.Current.CancellationToken);
        var compressed = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var (_, plain) = await api.Http.GetGraphQLAsync("{ partnerships(first: 10) { nodes { name summary themes milestones { title description } } } }", token);

        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.True(compressed.Length * 2 < Encoding.UTF8.GetByteCount(plain.ToJsonString()),
            $"Brotli body {compressed.Length} B against {Encoding.UTF8.GetByteCount(plain.ToJsonString())} B of JSON.");
    }

    /// <summary>Accented French is sent as UTF-8, not as \u escapes that cost three times the bytes.</summary>
    [Fact]
    public async Task Answer_FrenchText_SentAsUtf8()
    {
        using var response = await api.Http.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ partnership(id: \"sig-guediawaye\") { name } }"), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("Guédiawaye", text);
        Assert.DoesNotContain("\\u00E9", text);
    }

    /// <summary>The web client's page is served at the root, in French (the built app, or the page kept for no build).</summary>
    [Fact]
    public async Task Root_Get_ServesTheWebClientPage()
    {
        using var response = await api.Http.GetAsync("/", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("lang=\"fr\"", html);
        Assert.Contains("<title>Coopération — solidarité numérique</title>", html);
    }
}
