using static Cooperation.GraphQL.Tests.Annotations.AnnotationRequests;

namespace Cooperation.GraphQL.Tests.Annotations;

[Collection(ApiCollection.Name)]
public sealed class AnnotationApiTests(ApiFixture api)
{
    private const string ResultsV2 = "Trois couches du SIG sont en service. Le SIG sert déjà à l'organisation communale.";

    private Task<string> HeleneAsync() => api.TokenAsync(People.Researcher);

    private Task<string> JulienAsync() => api.TokenAsync(People.CastresNorth);

    private Task<string> AminataAsync() => api.TokenAsync(People.GuediawayeSouth);

    private Task<JsonArray> ReadAsync(string reportId, int version, string token) => AllAsync(api.Http, Target(reportId, version), token);

    private static string[] Ids(JsonArray annotations) => [.. annotations.Select(a => a!["annotation"]!["annotationId"]!.GetValue<string>())];

    /// <summary>The seeded annotations among those read (other tests of the shared host annotate the same report).</summary>
    private static string[] Seeded(JsonArray annotations) => [.. Ids(annotations).Where(SeededIds.Contains)];

    /// <summary>
    /// The seeded thread on the SIG report: the researcher reads her private note and her team's code as well as the
    /// shared question, its reply and her assessment; the North and the South read only what is shared.
    /// </summary>
    [Fact]
    public async Task SeededReport_ReadByEachSide_VisibilityApplied()
    {
        var helene = await ReadAsync(SeededReport, 1, await HeleneAsync());
        var julien = await ReadAsync(SeededReport, 1, await JulienAsync());
        var aminata = await ReadAsync(SeededReport, 1, await AminataAsync());

        Assert.Equal(SeededIds, Seeded(helene));
        Assert.Equal(["lisst-portail", "castres-frequentation", "lisst-agenda21"], Seeded(julien));
        Assert.Equal(Seeded(julien), Seeded(aminata));
        // Other tests reply in the seeded threads too: each annotation is found by its id.
        JsonNode Annotation(string id) => helene.Single(a => a!["annotation"]!["annotationId"]!.GetValue<string>() == id)!["annotation"]!;
        var (reply, code) = (Annotation("castres-frequentation"), Annotation("lisst-code-appropriation"));
        Assert.Equal(("REPLYING", "lisst-portail", false), (reply["motivation"]!.GetValue<string>(), reply["replyTo"]!.GetValue<string>(), reply["mine"]!.GetValue<bool>()));
        Assert.Equal(("TEAM", "LISST-CIEU"), (code["visibility"]!.GetValue<string>(), code["team"]!.GetValue<string>()));
    }

    /// <summary>
    /// A researcher an administrator invites into the LISST-CIEU team reads her team's code on the seeded report, but
    /// not Hélène's private note.
    /// </summary>
    [Fact]
    public async Task InvitedIntoTeam_ReadsTeamAnnotationsNotPrivateOnes()
    {
        var email = $"chercheur-{Guid.NewGuid():N}@lisst.example";
        var (_, invited) = await api.Http.PostGraphQLAsync(
            "mutation($i: InvitePersonInput!) { invitePerson(input: $i) { invitationCode } }",
            new { i = new { clientMutationId = NewId("invite"), email, displayName = "Mamadou Sarr", team = "LISST-CIEU", memberships = new[] { new { partnershipId = Guediawaye, role = "THIRD_PARTNER" } } } },
            await api.TokenAsync(People.Administrator));
        var code = invited["data"]!["invitePerson"]!["invitationCode"]!.GetValue<string>();
        await api.Http.PostGraphQLAsync("mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken } }",
            new { i = new { clientMutationId = NewId("accept"), email, code, password = "eatlas-guediawaye-2026" } });
        var (token, _) = await api.Http.SignInAsync(email, "eatlas-guediawaye-2026");

        var read = await ReadAsync(SeededReport, 1, token);

        Assert.Equal(["lisst-portail", "castres-frequentation", "lisst-agenda21", "lisst-code-appropriation"], Seeded(read));
    }

    /// <summary>
    /// Annotated on version 1, read on version 2 through the API: the surviving quote is re-anchored at its new offsets,
    /// the vanished one is « sur une version antérieure » with its version; on version 1 both are in place.
    /// </summary>
    [Fact]
    public async Task Annotations_OnVersionTwo_ReanchoredOrOnEarlierVersion()
    {
        var report = await SubmittedReportAsync(api.Http, await JulienAsync(), ReportResults);
        await api.Http.PostGraphQLAsync(Annotate, new { i = AnnotateInput(report, "survives", Selector(ReportResults, "l'organisation communale")) }, await HeleneAsync());
        await api.Http.PostGraphQLAsync(Annotate, new { i = AnnotateInput(report, "vanishes", Selector(ReportResults, "le portail annonce les projets")) }, await HeleneAsync());

        await api.Http.PostGraphQLAsync("mutation($i: ReturnReportInput!) { returnReport(input: $i) { clientMutationId } }",
            new { i = new { clientMutationId = NewId("return"), reportId = report, comment = "Détaillez les couches." } }, await AminataAsync());
        await api.Http.PostGraphQLAsync("mutation($i: EditReportInput!) { editReport(input: $i) { clientMutationId } }",
            new { i = new { clientMutationId = NewId("edit"), reportId = report, results = ResultsV2 } }, await JulienAsync());
        await api.Http.PostGraphQLAsync("mutation($i: SubmitReportInput!) { submitReport(input: $i) { clientMutationId } }",
            new { i = new { clientMutationId = NewId("resubmit"), reportId = report } }, await JulienAsync());
        var onTwo = await ReadAsync(report, 2, await JulienAsync());
        var onOne = await ReadAsync(report, 1, await JulienAsync());

        Assert.Equal("REANCHORED", onTwo[0]!["anchoring"]!.GetValue<string>());
        Assert.Equal(ResultsV2.IndexOf("l'organisation communale", StringComparison.Ordinal), onTwo[0]!["selector"]!["start"]!.GetValue<int>());
        Assert.Equal("ON_EARLIER_VERSION", onTwo[1]!["anchoring"]!.GetValue<string>());
        Assert.Null(onTwo[1]!["selector"]);
        Assert.StartsWith("Sur une version antérieure (version 1)", onTwo[1]!["note"]!.GetValue<string>());
        Assert.Equal(1, onTwo[1]!["annotation"]!["version"]!.GetValue<int>());
        Assert.All(onOne, a => Assert.Equal("ON_THIS_VERSION", a!["anchoring"]!.GetValue<string>()));
        Assert.Equal(ReportResults.IndexOf("l'organisation communale", StringComparison.Ordinal), onOne[0]!["selector"]!["start"]!.GetValue<int>());
    }

    /// <summary>A selector off the text is VALIDATION with the reason, a version not submitted NOT_FOUND, a malformed document VALIDATION.</summary>
    [Fact]
    public async Task Annotate_BadInput_ClearCodesAndNothingAdded()
    {
        var report = await SubmittedReportAsync(api.Http, await JulienAsync(), ReportResults);
        var token = await HeleneAsync();

        var (_, offset) = await api.Http.PostGraphQLAsync(Annotate, new { i = AnnotateInput(report, "off", new { section = "results", exact = "le portail", start = 3, end = 13 }) }, token);
        var (_, section) = await api.Http.PostGraphQLAsync(Annotate, new { i = AnnotateInput(report, "section", new { section = "conclusions", exact = "le portail", start = 0, end = 10 }) }, token);
        var (_, version) = await api.Http.PostGraphQLAsync(Annotate, new { i = AnnotateInput(report, "v2", Selector(ReportResults, "le portail"), version: 2) }, token);
        var (_, document) = await api.Http.PostGraphQLAsync(Annotate, new { i = AnnotateInput("pas-un-rapport", "doc", Selector(ReportResults, "le portail")) }, token);

        Assert.Equal(("VALIDATION", "VALIDATION", "NOT_FOUND", "VALIDATION"), (offset.ErrorCode(), section.ErrorCode(), version.ErrorCode(), document.ErrorCode()));
        Assert.Contains("ne se trouve pas à cette position", offset.ErrorMessage());
        Assert.Contains("Section inconnue « conclusions »", section.ErrorMessage());
        Assert.Empty(await ReadAsync(report, 1, token));
    }

    /// <summary>The same annotate sent twice is one annotation; only its creator edits and deletes it, and a delete keeps the reply's thread.</summary>
    [Fact]
    public async Task AnnotateReplyEditDelete_RepeatedAndByOthers_OneEffectCreatorOnly()
    {
        var report = await SubmittedReportAsync(api.Http, await JulienAsync(), ReportResults);
        var input = AnnotateInput(report, "question", Selector(ReportResults, "le portail annonce les projets"));
        const string Change = "mutation($i: {0}!) {{ {1}(input: $i) {{ annotation {{ text deleted modifiedAt }} }} }}";

        var (_, first) = await api.Http.PostGraphQLAsync(Annotate, new { i = input }, await HeleneAsync());
        var (_, repeat) = await api.Http.PostGraphQLAsync(Annotate, new { i = input }, await HeleneAsync());
        var (_, reply) = await api.Http.PostGraphQLAsync(string.Format(Change, "ReplyToAnnotationInput", "replyToAnnotation"),
            new { i = new { clientMutationId = NewId("reply"), document = Document(report), annotationId = "answer", replyTo = "question", text = "Sept projets." } }, await JulienAsync());
        var (_, editByOther) = await api.Http.PostGraphQLAsync(string.Format(Change, "EditAnnotationInput", "editAnnotation"),
            new { i = new { clientMutationId = NewId("edit"), document = Document(report), annotationId = "question", text = "Réécrit" } }, await JulienAsync());
        var (_, edit) = await api.Http.PostGraphQLAsync(string.Format(Change, "EditAnnotationInput", "editAnnotation"),
            new { i = new { clientMutationId = NewId("edit"), document = Document(report), annotationId = "question", text = "How many projects?", language = "EN" } }, await HeleneAsync());
        var (_, delete) = await api.Http.PostGraphQLAsync(string.Format(Change, "DeleteAnnotationInput", "deleteAnnotation"),
            new { i = new { clientMutationId = NewId("delete"), document = Document(report), annotationId = "question" } }, await HeleneAsync());

        Assert.Equal(first["data"]!.ToJsonString(), repeat["data"]!.ToJsonString());
        Assert.Null(reply["errors"]);
        Assert.Equal("FORBIDDEN", editByOther.ErrorCode());
        Assert.Equal("How many projects?", edit["data"]!["editAnnotation"]!["annotation"]!["text"]!.GetValue<string>());
        Assert.Equal((true, ""), (delete["data"]!["deleteAnnotation"]!["annotation"]!["deleted"]!.GetValue<bool>(), delete["data"]!["deleteAnnotation"]!["annotation"]!["text"]!.GetValue<string>()));
        var listed = await ReadAsync(report, 1, await AminataAsync());
        Assert.Equal(["question", "answer"], Ids(listed));
        Assert.True(listed[0]!["annotation"]!["deleted"]!.GetValue<bool>());
    }

    /// <summary>
    /// Written offline: an annotation and a reply citing it travel in one sync batch, each acknowledged by its id, and
    /// come back in the changes; the batch replayed after a lost answer changes nothing.
    /// </summary>
    [Fact]
    public async Task Sync_AnnotateAndReplyOffline_AppliedOnceAndInChanges()
    {
        var report = await SubmittedReportAsync(api.Http, await JulienAsync(), ReportResults);
        var token = await HeleneAsync();
        const string Sync = """
            mutation($i: SyncInput!) { sync(input: $i) {
              results { clientMutationId error { code message } }
              changes { cursor annotations { annotationId replyTo documentId version } }
            } }
            """;
        var (_, before) = await api.Http.PostGraphQLAsync(Sync, new { i = new { partnershipId = Guediawaye, actions = Array.Empty<object>() } }, token);
        var since = before["data"]!["sync"]!["changes"]!["cursor"]!.GetValue<string>();
        var actions = new object[]
        {
            new { annotate = AnnotateInput(report, "offline", Selector(ReportResults, "projets communaux"), clientMutationId: NewId("offline")) },
            new { replyToAnnotation = new { clientMutationId = NewId("offline-reply"), document = Document(report), annotationId = "offline-note", replyTo = "offline", text = "Je complète sur le terrain." } },
        };

        var (_, body) = await api.Http.PostGraphQLAsync(Sync, new { i = new { partnershipId = Guediawaye, since, actions } }, token);
        var (_, replay) = await api.Http.PostGraphQLAsync(Sync, new { i = new { partnershipId = Guediawaye, since, actions } }, token);

        Assert.All(body["data"]!["sync"]!["results"]!.AsArray(), r => Assert.Null(r!["error"]));
        Assert.All(replay["data"]!["sync"]!["results"]!.AsArray(), r => Assert.Null(r!["error"]));
        var changed = body["data"]!["sync"]!["changes"]!["annotations"]!.AsArray().Where(a => a!["documentId"]!.GetValue<string>() == report).ToList();
        Assert.Equal(["offline", "offline-note"], changed.Select(a => a!["annotationId"]!.GetValue<string>()));
        Assert.Equal(2, (await ReadAsync(report, 1, token)).Count);
    }
}
