using System.Net.Http.Headers;
using System.Text.Json;
using static Cooperation.GraphQL.Tests.Annotations.AnnotationRequests;

namespace Cooperation.GraphQL.Tests.Annotations;

/// <summary>The W3C JSON-LD export of a document's annotations: its shape against the model's terms, and who may read what.</summary>
[Collection(ApiCollection.Name)]
public sealed class AnnotationExportTests(ApiFixture api)
{
    private const string SeededPath = "/annotations/sig-guediawaye/report/2026-01-01_2026-06-30.jsonld";

    private async Task<HttpResponseMessage> GetAsync(string path, string? email)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (email is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await api.TokenAsync(email));
        return await api.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private async Task<JsonObject> ExportAsync(string email)
    {
        using var response = await GetAsync(SeededPath, email);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
    }

    /// <summary>
    /// An AnnotationCollection with the anno.jsonld context, its AnnotationPage holding Annotations each with an IRI,
    /// motivation, creator, created, a TextualBody (value, language, format) and a target: the version's IRI with a
    /// TextQuoteSelector and a TextPositionSelector, or for a reply the IRI of the annotation it answers.
    /// </summary>
    [Fact]
    public async Task Export_SeededReport_W3CTermsPresent()
    {
        using var response = await GetAsync(SeededPath, People.Researcher);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();

        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(response.Content.Headers.ContentType.Parameters, p => p.Name == "profile" && p.Value == "\"http://www.w3.org/ns/anno.jsonld\"");
        Assert.Equal(("http://www.w3.org/ns/anno.jsonld", "AnnotationCollection"), (body["@context"]!.GetValue<string>(), body["type"]!.GetValue<string>()));
        var page = body["first"]!;
        Assert.Equal("AnnotationPage", page["type"]!.GetValue<string>());
        var items = page["items"]!.AsArray();
        Assert.Equal(body["total"]!.GetValue<int>(), items.Count);
        Assert.Equal(SeededIds, Fragments(items).Where(SeededIds.Contains));
        foreach (var item in items)
        {
            Assert.True(Uri.IsWellFormedUriString(item!["id"]!.GetValue<string>(), UriKind.Absolute));
            Assert.Equal("Annotation", item["type"]!.GetValue<string>());
            Assert.Contains(item["motivation"]!.GetValue<string>(), new[] { "commenting", "questioning", "tagging", "assessing", "replying" });
            Assert.Equal("Person", item["creator"]!["type"]!.GetValue<string>());
            Assert.True(DateTimeOffset.TryParse(item["created"]!.GetValue<string>(), out _));
            var text = item["body"]!.AsArray()[0]!;
            Assert.Equal(("TextualBody", "fr", "text/plain"), (text["type"]!.GetValue<string>(), text["language"]!.GetValue<string>(), text["format"]!.GetValue<string>()));
        }
        var question = items.Single(i => i!["id"]!.GetValue<string>().EndsWith("#lisst-portail", StringComparison.Ordinal))!;
        Assert.Equal("questioning", question["motivation"]!.GetValue<string>());
        Assert.Contains("/partnerships/sig-guediawaye/reports/2026-01-01_2026-06-30/versions/1#results", question["target"]!["source"]!.GetValue<string>());
        var selectors = question["target"]!["selector"]!.AsArray();
        Assert.Equal(["TextQuoteSelector", "TextPositionSelector"], selectors.Select(s => s!["type"]!.GetValue<string>()));
        Assert.Equal("le portail annonce les projets communaux aux citoyens", selectors[0]!["exact"]!.GetValue<string>());
        Assert.Equal(ReportResults.IndexOf("le portail", StringComparison.Ordinal), selectors[1]!["start"]!.GetValue<int>());
        var reply = items.Single(i => i!["id"]!.GetValue<string>().EndsWith("#castres-frequentation", StringComparison.Ordinal))!;
        Assert.Equal(("replying", question["id"]!.GetValue<string>()), (reply["motivation"]!.GetValue<string>(), reply["target"]!.GetValue<string>()));
        var tagging = items.Single(i => i!["id"]!.GetValue<string>().EndsWith("#lisst-code-appropriation", StringComparison.Ordinal))!;
        Assert.Equal(["appropriation", "organisation communale"], tagging["body"]!.AsArray().Where(b => b!["purpose"]?.GetValue<string>() == "tagging").Select(b => b!["value"]!.GetValue<string>()));
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(items.ToJsonString()).RootElement.ValueKind);
    }

    /// <summary>The export holds only what its reader may read: the North gets the shared annotations, not the team's code or the private note.</summary>
    [Fact]
    public async Task Export_ByNorth_OnlySharedAnnotations()
    {
        var body = await ExportAsync(People.CastresNorth);

        Assert.Equal(["lisst-portail", "castres-frequentation", "lisst-agenda21"], Fragments(body["first"]!["items"]!.AsArray()).Where(SeededIds.Contains));
    }

    /// <summary>The annotation ids of exported items: their IRI's fragment.</summary>
    private static IEnumerable<string> Fragments(JsonArray items) =>
        items.Select(i => i!["id"]!.GetValue<string>()).Select(iri => iri[(iri.IndexOf('#') + 1)..]);

    /// <summary>No token is 401, a non-member 403, a malformed address 400, a document that does not exist 404, each with a coded JSON error.</summary>
    [Theory]
    [InlineData(SeededPath, null, HttpStatusCode.Unauthorized, "UNAUTHENTICATED")]
    [InlineData(SeededPath, People.SeineSaintDenisNorth, HttpStatusCode.Forbidden, "FORBIDDEN")]
    [InlineData("/annotations/sig-guediawaye/memo/2026-01-01_2026-06-30.jsonld", People.Researcher, HttpStatusCode.BadRequest, "VALIDATION")]
    [InlineData("/annotations/sig-guediawaye/report/2026-01-01_2026-06-30.json", People.Researcher, HttpStatusCode.BadRequest, "VALIDATION")]
    [InlineData("/annotations/sig-guediawaye/report/2029-01-01_2029-06-30.jsonld", People.Researcher, HttpStatusCode.NotFound, "NOT_FOUND")]
    public async Task Export_Refused_StatusAndCode(string path, string? email, HttpStatusCode status, string code)
    {
        using var response = await GetAsync(path, email);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}
