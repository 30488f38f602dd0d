using System.Net.Http.Headers;

namespace Cooperation.GraphQL.Tests.Http;

[Collection(ApiCollection.Name)]
public sealed class ETagTests(ApiFixture api)
{
    private static string DirectoryUrl => "/graphql?documentId=" + Uri.EscapeDataString(Documents.ClientDocuments.IdOf("Directory"));

    /// <summary>Asking again for an unchanged directory costs a 304 with no body.</summary>
    [Fact]
    public async Task Directory_AskedAgainWithItsETag_304WithoutBody()
    {
        var ct = TestContext.Current.CancellationToken;
        using var first = await api.Http.GetAsync(DirectoryUrl, ct);
        var etag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, DirectoryUrl);
        again.Headers.IfNoneMatch.Add(etag);
        using var second = await api.Http.SendAsync(again, ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(etag.IsWeak);
        Assert.True(first.Headers.CacheControl is { Private: true, NoCache: true }, $"Cache-Control: {first.Headers.CacheControl}");
        Assert.Equal(["Accept", "Authorization", "Accept-Encoding"], first.Headers.Vary);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(ct));
        Assert.Equal(etag, second.Headers.ETag);
    }

    /// <summary>A different answer (another person's viewer) has another ETag, so an old tag gets the full answer.</summary>
    [Fact]
    public async Task DifferentAnswer_DifferentETag_NoFalse304()
    {
        var ct = TestContext.Current.CancellationToken;
        var viewerUrl = "/graphql?documentId=" + Uri.EscapeDataString(Documents.ClientDocuments.IdOf("Viewer"));
        using var mine = await SendAsync(viewerUrl, await api.TokenAsync(People.PlateauSouth), null, ct);

        using var theirs = await SendAsync(viewerUrl, await api.TokenAsync(People.FiguigSouth), mine.Headers.ETag, ct);

        Assert.Equal(HttpStatusCode.OK, theirs.StatusCode);
        Assert.NotEqual(mine.Headers.ETag, theirs.Headers.ETag);
        Assert.Contains("Youssef", await theirs.Content.ReadAsStringAsync(ct));
    }

    /// <summary>The Brotli bytes have their own tag: a client that no longer takes Brotli gets the plain answer, not a 304.</summary>
    [Fact]
    public async Task BrotliAnswer_ETagNamesTheCoding()
    {
        var ct = TestContext.Current.CancellationToken;
        using var request = new HttpRequestMessage(HttpMethod.Get, DirectoryUrl);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var brotli = await api.Http.SendAsync(request, ct);

        using var plain = await SendAsync(DirectoryUrl, null, brotli.Headers.ETag, ct);

        Assert.EndsWith("-br\"", brotli.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
    }

    /// <summary>Refusals and POST answers carry no ETag: only a successful read can be revalidated.</summary>
    [Fact]
    public async Task ErrorAndPost_NoETag()
    {
        var ct = TestContext.Current.CancellationToken;
        using var refused = await api.Http.GetAsync("/graphql?documentId=" + Uri.EscapeDataString("sha256:" + new string('1', 64)), ct);
        using var posted = await api.Http.PostAsync("/graphql",
            new StringContent("{\"documentId\":\"" + Documents.ClientDocuments.IdOf("Directory") + "\"}", System.Text.Encoding.UTF8, "application/json"), ct);

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Null(refused.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Null(posted.Headers.ETag);
    }

    private async Task<HttpResponseMessage> SendAsync(string url, string? token, EntityTagHeaderValue? ifNoneMatch, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (ifNoneMatch is not null)
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        return await api.Http.SendAsync(request, ct);
    }
}
