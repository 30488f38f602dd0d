using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Cooperation.GraphQL.Http;
using Cooperation.GraphQL.Tests.Documents;
using Microsoft.Extensions.FileProviders;

namespace Cooperation.GraphQL.Tests.Http;

/// <summary>
/// The browser hardening headers: the page allows its own inline script and styles by hash and nothing inline besides,
/// refuses to be framed, and every answer of the API carries the same protections.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class SecurityHeaderTests(ApiFixture api)
{
    /// <summary>The page's policy names the SHA-256 of each inline script and style of the page as served, and never 'unsafe-inline'.</summary>
    [Fact]
    public async Task Page_PolicyHashes_MatchItsInlineScriptAndStyles()
    {
        using var response = await api.Http.GetAsync("/", TestContext.Current.CancellationToken);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var policy = Directives(response);

        var scripts = InlineScript().Matches(page).Select(m => $"'{Hash(m.Groups[1].Value)}'").ToList();
        var styles = InlineStyle().Matches(page).Select(m => $"'{Hash(m.Groups[1].Value)}'").ToList();
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(scripts);
        Assert.Equal(["'self'", .. scripts], policy["script-src"]);
        Assert.Equal(styles, policy["style-src"]);
        Assert.DoesNotContain(policy.Values, sources => sources.Contains("'unsafe-inline'") || sources.Contains("'unsafe-eval'"));
        Assert.Equal(["'none'"], policy["default-src"]);
        Assert.Equal(["'self'"], policy["connect-src"]);
        Assert.Equal(["'self'", "blob:", "data:"], policy["img-src"]);
    }

    /// <summary>No other site may frame the page: frame-ancestors 'none', and X-Frame-Options for older browsers; the rest of the page's set.</summary>
    [Fact]
    public async Task Page_Framed_RefusedByPolicy()
    {
        using var response = await api.Http.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(["'none'"], Directives(response)["frame-ancestors"]);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal(("same-origin", "same-origin"), (Header(response, "Cross-Origin-Opener-Policy"), Header(response, "Cross-Origin-Resource-Policy")));
        var permissions = Header(response, "Permissions-Policy")!.Split(", ");
        Assert.Contains("camera=(self)", permissions);
        Assert.Contains("microphone=()", permissions);
        Assert.Contains("geolocation=()", permissions);
    }

    /// <summary>A file (the ranking's CSV) carries a policy under which nothing runs, loads or frames it, and is not embedded elsewhere.</summary>
    [Fact]
    public async Task FileAnswer_NothingAllowed()
    {
        using var csv = await SendAsync(HttpMethod.Get, "/funds/calls/fsn-2026/ranking.csv", await api.TokenAsync(People.FundManager));
        var policy = Directives(csv);

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal(["'none'"], policy["default-src"]);
        Assert.Equal(["'none'"], policy["frame-ancestors"]);
        Assert.Empty(policy["sandbox"]);
        Assert.Equal(["DENY", "nosniff", "no-referrer", "same-origin"],
            new[] { "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy", "Cross-Origin-Resource-Policy" }.Select(h => Header(csv, h)));
        Assert.Null(Header(csv, "Permissions-Policy"));
    }

    /// <summary>
    /// JSON answers (GraphQL, a refusal, a 429) are read by script, never shown: nosniff keeps them from being read as a
    /// page or a script, and nothing else is spent on the answers DESIGN's B3 and B4 count to the byte.
    /// </summary>
    [Fact]
    public async Task JsonAnswers_NosniffOnly()
    {
        using var json = await SendAsync(HttpMethod.Get, "/graphql?documentId=" + Uri.EscapeDataString(ClientDocuments.IdOf("Directory")), null);
        using var refused = await SendAsync(HttpMethod.Get, "/uploads/seneclic/photo-unknown", await api.TokenAsync(People.FundManager));

        Assert.All(new[] { json, refused }, response =>
        {
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Null(Header(response, "Content-Security-Policy"));
            Assert.Null(Header(response, "X-Frame-Options"));
        });
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
    }

    /// <summary>A 304 sends none of the headers: they would replace those the browser stored with the page, and it carries no type to choose them by.</summary>
    [Fact]
    public async Task Page_NotModified_KeepsTheStoredPolicy()
    {
        using var first = await api.Http.GetAsync("/", TestContext.Current.CancellationToken);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var revalidated = await api.Http.SendAsync(again, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Null(Header(revalidated, "Content-Security-Policy"));
        Assert.Null(Header(revalidated, "X-Frame-Options"));
    }

    /// <summary>The page rebuilt under a running server: the policy follows the new script at the next answer.</summary>
    [Fact]
    public void PagePolicy_PageRebuilt_FollowsTheNewScript()
    {
        var folder = Directory.CreateTempSubdirectory("cooperation-csp-");
        try
        {
            var page = Path.Combine(folder.FullName, "index.html");
            File.WriteAllText(page, "<!doctype html><style>p{}</style><script type=\"module\">run(1)</script><script src=\"x.js\"></script>");
            using var files = new PhysicalFileProvider(folder.FullName);
            var policy = new ContentSecurityPolicy(files);
            var before = policy.ForPage();
            File.WriteAllText(page, "<!doctype html><style>p{}</style><script type=\"module\">run(22)\r\n</script>");
            File.SetLastWriteTimeUtc(page, DateTime.UtcNow.AddMinutes(1));
            var after = policy.ForPage();

            Assert.Contains($"script-src 'self' '{Hash("run(1)")}';", before);
            Assert.Contains($"style-src '{Hash("p{}")}';", before);
            Assert.Contains($"script-src 'self' '{Hash("run(22)\n")}';", after);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await api.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;

    private static Dictionary<string, string[]> Directives(HttpResponseMessage response) =>
        Header(response, "Content-Security-Policy")!.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..]);

    private static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<style[^>]*>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex InlineStyle();
}
