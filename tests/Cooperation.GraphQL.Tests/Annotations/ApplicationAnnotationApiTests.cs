using System.Net.Http.Headers;
using Cooperation.GraphQL.Schema.Relay;
using Cooperation.GraphQL.Tests.Funding;
using static Cooperation.GraphQL.Tests.Annotations.AnnotationRequests;

namespace Cooperation.GraphQL.Tests.Annotations;

/// <summary>
/// Annotations on a fund application's filed versions, over HTTP: the fund's manager and the assigned reviewer write and
/// read them, the applicant partnership does not; they re-anchor on a version filed again, export as JSON-LD and stay
/// out of a partnership's sync.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ApplicationAnnotationApiTests(ApiFixture api)
{
    private const string DescriptionV2 =
        "Sur deux ans. Former les citoyens et les ONG locales aux TIC et au système d'information géographique de Guédiawaye.";

    private const string SurvivingQuote = "système d'information géographique";

    private const string VanishingQuote = "avec le réseau de l'Agenda 21";

    private Task<string> ManagerAsync() => api.TokenAsync(People.FundManager);

    private Task<string> ReviewerAsync() => api.TokenAsync(People.Reviewer);

    private Task<string> JulienAsync() => api.TokenAsync(People.CastresNorth);

    /// <summary>A file of SIG Guédiawaye to a fresh call, filed by its North staff, with the demo reviewer assigned if asked; returns its global id.</summary>
    private async Task<string> FiledAsync(bool assigned = true)
    {
        var call = await FundRequests.CallAsync(api.Http, await ManagerAsync());
        var id = await FundRequests.SubmittedAsync(api.Http, await JulienAsync(), call, Guediawaye);
        if (assigned && (await FundRequests.AssignAsync(api.Http, await ManagerAsync(), id, People.Reviewer))["errors"] is { } error)
            throw new InvalidOperationException(error.ToJsonString());
        return id;
    }

    private static object Input(string applicationId, string annotationId, string quote, string visibility = "TEAM", int version = 1, string? clientMutationId = null) => new
    {
        clientMutationId = clientMutationId ?? NewId("annotate"),
        annotationId,
        target = new { kind = "APPLICATION", id = applicationId, version },
        selector = Selector(FundRequests.Description, quote, "description"),
        motivation = "QUESTIONING",
        text = "Quelles couches du SIG, pour quels publics ?",
        visibility,
    };

    private async Task<JsonObject> ReadAsync(string applicationId, int version, string token)
    {
        var (_, body) = await api.Http.PostGraphQLAsync(Read, new { t = new { kind = "APPLICATION", id = applicationId, version } }, token);
        return body;
    }

    private static string[] Ids(JsonObject read) =>
        [.. Flat(read).Select(a => a!["annotation"]!["annotationId"]!.GetValue<string>())];

    /// <summary>
    /// The reviewer's team note is read by the manager, with the fund as its team and the application as its document;
    /// sent twice it is one note; the applicant's North staff neither read nor write the file's notes.
    /// </summary>
    [Fact]
    public async Task Annotate_ByReviewer_ManagerReadsApplicantRefused()
    {
        var application = await FiledAsync();
        var input = Input(application, "reviewer-question", SurvivingQuote);

        var (_, first) = await api.Http.PostGraphQLAsync(Annotate, new { i = input }, await ReviewerAsync());
        var (_, repeat) = await api.Http.PostGraphQLAsync(Annotate, new { i = input }, await ReviewerAsync());
        var byManager = await ReadAsync(application, 1, await ManagerAsync());
        var byApplicant = await ReadAsync(application, 1, await JulienAsync());
        var (_, applicantWrites) = await api.Http.PostGraphQLAsync(Annotate, new { i = Input(application, "applicant", VanishingQuote, "PARTNERSHIP") }, await JulienAsync());

        Assert.Equal(first["data"]!.ToJsonString(), repeat["data"]!.ToJsonString());
        Assert.Equal(["reviewer-question"], Ids(byManager));
        var note = Flat(byManager)[0]!["annotation"]!;
        Assert.Equal(("APPLICATION", application, "Fonds de Solidarité Numérique", false),
            (note["kind"]!.GetValue<string>(), note["documentId"]!.GetValue<string>(), note["team"]!.GetValue<string>(), note["mine"]!.GetValue<bool>()));
        Assert.Equal(("FORBIDDEN", "FORBIDDEN"), (byApplicant.ErrorCode(), applicantWrites.ErrorCode()));
    }

    /// <summary>
    /// Returned for completion and filed again: on version 2 the note whose quote survived is re-anchored and the other
    /// is « sur une version antérieure »; on version 1 both are in place.
    /// </summary>
    [Fact]
    public async Task ReturnedAndFiledAgain_OnVersionTwo_ReanchoredOrOnEarlierVersion()
    {
        var application = await FiledAsync(assigned: false);
        await api.Http.PostGraphQLAsync(Annotate, new { i = Input(application, "survives", SurvivingQuote) }, await ManagerAsync());
        await api.Http.PostGraphQLAsync(Annotate, new { i = Input(application, "vanishes", VanishingQuote) }, await ManagerAsync());

        await FundRequests.ActAsync(api.Http, await ManagerAsync(), "returnFundApplication", "ReturnFundApplicationInput",
            new { clientMutationId = NewId("return"), applicationId = application, reason = "Précisez la durée du projet." });
        await FundRequests.ActAsync(api.Http, await JulienAsync(), "editFundApplication", "EditFundApplicationInput",
            new { clientMutationId = NewId("edit"), applicationId = application, description = DescriptionV2 });
        var resubmitted = await FundRequests.ActAsync(api.Http, await JulienAsync(), "submitFundApplication", "SubmitFundApplicationInput",
            new { clientMutationId = NewId("resubmit"), applicationId = application });
        var onTwo = Flat(await ReadAsync(application, 2, await ManagerAsync()));
        var onOne = Flat(await ReadAsync(application, 1, await ManagerAsync()));

        Assert.Null(resubmitted["errors"]);
        Assert.Equal(("REANCHORED", DescriptionV2.IndexOf(SurvivingQuote, StringComparison.Ordinal)),
            (onTwo[0]!["anchoring"]!.GetValue<string>(), onTwo[0]!["selector"]!["start"]!.GetValue<int>()));
        Assert.Equal("ON_EARLIER_VERSION", onTwo[1]!["anchoring"]!.GetValue<string>());
        Assert.StartsWith("Sur une version antérieure (version 1)", onTwo[1]!["note"]!.GetValue<string>());
        Assert.Equal(["ON_THIS_VERSION", "ON_THIS_VERSION"], onOne.Select(a => a!["anchoring"]!.GetValue<string>()));
    }

    /// <summary>
    /// The JSON-LD export of a file's notes: the manager gets a W3C collection whose targets are the file's frozen
    /// version (an address that names no applicant); the applicant is refused, a malformed address is a 400.
    /// </summary>
    [Fact]
    public async Task Export_Application_ManagerGetsCollectionApplicantRefused()
    {
        var application = await FiledAsync();
        await api.Http.PostGraphQLAsync(Annotate, new { i = Input(application, "exported", SurvivingQuote, "PARTNERSHIP") }, await ReviewerAsync());
        var (_, key) = GlobalId.TryDecode(application)!.Value;
        var path = $"/annotations/fund/application/{key}.jsonld";

        using var byManager = await GetAsync(path, await ManagerAsync());
        using var byApplicant = await GetAsync(path, await JulienAsync());
        using var malformed = await GetAsync("/annotations/fund/application/fsn-2026/premier.jsonld", await ManagerAsync());
        using var anonymous = await GetAsync(path, null);

        Assert.Equal(HttpStatusCode.OK, byManager.StatusCode);
        Assert.Equal("application/ld+json", byManager.Content.Headers.ContentType!.MediaType);
        var body = JsonNode.Parse(await byManager.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal(("AnnotationCollection", 1), (body["type"]!.GetValue<string>(), body["total"]!.GetValue<int>()));
        Assert.EndsWith(path, body["id"]!.GetValue<string>());
        var item = body["first"]!["items"]![0]!;
        Assert.EndsWith($"{path}#exported", item["id"]!.GetValue<string>());
        Assert.EndsWith($"/funds/calls/{key.Split('/')[0]}/applications/{key.Split('/')[1]}/versions/1#description", item["target"]!["source"]!.GetValue<string>());
        Assert.Equal("Paul Lefèvre (DAECT, instructeur)", item["creator"]!["name"]!.GetValue<string>());
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized), (byApplicant.StatusCode, malformed.StatusCode, anonymous.StatusCode));
    }

    /// <summary>
    /// An application's notes are in no partnership's sync: in a batch the action is refused (VALIDATION, not to retry)
    /// and writes nothing; the same input sent as its mutation alone is applied.
    /// </summary>
    [Fact]
    public async Task Sync_ApplicationAnnotation_RefusedThereAppliedAlone()
    {
        var application = await FiledAsync();
        var admin = await api.TokenAsync(People.Administrator);
        var input = Input(application, "in-a-batch", SurvivingQuote);
        const string Sync = "mutation($i: SyncInput!) { sync(input: $i) { results { clientMutationId error { code message retry } } } }";

        var (_, batch) = await api.Http.PostGraphQLAsync(Sync, new { i = new { partnershipId = Guediawaye, actions = new object[] { new { annotate = input } } } }, admin);
        var afterBatch = await ReadAsync(application, 1, await ManagerAsync());
        var (_, alone) = await api.Http.PostGraphQLAsync(Annotate, new { i = input }, admin);

        var error = batch["data"]!["sync"]!["results"]![0]!["error"]!;
        Assert.Equal(("VALIDATION", false), (error["code"]!.GetValue<string>(), error["retry"]!.GetValue<bool>()));
        Assert.Contains("ne passe pas par sa synchronisation", error["message"]!.GetValue<string>());
        Assert.Empty(Ids(afterBatch));
        Assert.Null(alone["errors"]);
        Assert.Equal(["in-a-batch"], Ids(await ReadAsync(application, 1, await ManagerAsync())));
    }

    /// <summary>The seeded note of the demo reviewer on Sénéclic's file: read by the fund's manager, not by Besançon, the applicant.</summary>
    [Fact]
    public async Task SeededNote_OnSeneclicFile_ManagerReadsApplicantRefused()
    {
        var (_, files) = await api.Http.PostGraphQLAsync("{ fundCall(id: \"fsn-2026\") { applications { id partnershipId } } }", null, await ManagerAsync());
        var seneclic = files["data"]!["fundCall"]!["applications"]!.AsArray()
            .Single(a => GlobalId.TryDecode(a!["partnershipId"]!.GetValue<string>())?.Key == "seneclic")!["id"]!.GetValue<string>();

        var byManager = await ReadAsync(seneclic, 1, await ManagerAsync());
        var byApplicant = await ReadAsync(seneclic, 1, await api.TokenAsync(People.BesanconNorth));

        Assert.Contains("instruction-formation", Ids(byManager));
        Assert.Equal("FORBIDDEN", byApplicant.ErrorCode());
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await api.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
