using Cooperation.GraphQL.Schema.Relay;
using static Cooperation.GraphQL.Tests.Annotations.AnnotationRequests;

namespace Cooperation.GraphQL.Tests.Annotations;

/// <summary>
/// The leaks measured from outside, with the seed's people: one's own earlier annotate, edit or reply id sent again with
/// another annotation's id returned that annotation, private and team text included; the seed's own ids did as well; and
/// annotating under a hidden annotation's id confirmed that it existed. A reused action id is now refused, and a
/// hidden annotation's id is answered as an unused one: annotation ids are each creator's own.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AnnotationRepeatApiTests(ApiFixture api)
{
    /// <summary>Hélène's TEAM note on the seeded SIG report (LISST-CIEU only).</summary>
    private const string TeamNote = "lisst-code-appropriation";

    private const string TeamText = "Appropriation différenciée selon les services";

    /// <summary>Hélène's PRIVATE note on the seeded SIG report.</summary>
    private const string PrivateNote = "lisst-note-formation";

    private const string PrivateText = "À croiser avec nos entretiens de janvier";

    private const string SeededReportKey = "sig-guediawaye/2026-01-01_2026-06-30";

    private const string Edit = "mutation($i: EditAnnotationInput!) { editAnnotation(input: $i) { annotation { annotationId text } } }";

    private const string ReplyTo = "mutation($i: ReplyToAnnotationInput!) { replyToAnnotation(input: $i) { annotation { annotationId text } } }";

    /// <summary>A shared annotation of the seeded report by this person; returns the action id and the annotation id she used.</summary>
    private async Task<(string ActionId, string AnnotationId)> OwnAnnotationAsync(string token)
    {
        var (actionId, annotationId) = (NewId("own"), NewId("mine"));
        var (_, body) = await api.Http.PostGraphQLAsync(Annotate,
            new { i = AnnotateInput(SeededReport, annotationId, Selector(ReportResults, "le portail"), clientMutationId: actionId) }, token);
        return body["errors"] is null ? (actionId, annotationId) : throw new InvalidOperationException(body.ToJsonString());
    }

    /// <summary>Whether a hidden text is anywhere in an answer.</summary>
    private static void AssertRefusedAsReused(JsonObject body, string hiddenText)
    {
        Assert.Equal("CONFLICT", body.ErrorCode());
        Assert.Contains("a déjà servi", body.ErrorMessage());
        Assert.DoesNotContain(hiddenText, body.ToJsonString());
        Assert.Null(body["data"]?.AsObject().Select(p => p.Value).FirstOrDefault(v => v is not null));
    }

    /// <summary>Aminata, South agent of SIG Guédiawaye, re-sends her own annotate and edit ids naming Hélène's TEAM note: refused, no text.</summary>
    [Fact]
    public async Task TeamNote_AminataRepeatsHerOwnIds_ConflictNoText()
    {
        var aminata = await api.TokenAsync(People.GuediawayeSouth);
        var (annotateId, own) = await OwnAnnotationAsync(aminata);
        var editId = NewId("edit");
        await api.Http.PostGraphQLAsync(Edit, new { i = new { clientMutationId = editId, document = Document(SeededReport), annotationId = own, text = "Combien de visites ?" } }, aminata);

        var (_, annotate) = await api.Http.PostGraphQLAsync(Annotate,
            new { i = AnnotateInput(SeededReport, TeamNote, Selector(ReportResults, "le portail"), clientMutationId: annotateId) }, aminata);
        var (_, edit) = await api.Http.PostGraphQLAsync(Edit,
            new { i = new { clientMutationId = editId, document = Document(SeededReport), annotationId = TeamNote, text = "Combien de visites ?" } }, aminata);

        AssertRefusedAsReused(annotate, TeamText);
        AssertRefusedAsReused(edit, TeamText);
    }

    /// <summary>Thomas, third partner of SIG Guédiawaye without a team, re-sends his own reply and annotate ids naming Hélène's PRIVATE note: refused, no text.</summary>
    [Fact]
    public async Task PrivateNote_ThomasRepeatsHisOwnIds_ConflictNoText()
    {
        var thomas = await api.TokenAsync(People.ConflictedReviewer);
        var (annotateId, own) = await OwnAnnotationAsync(thomas);
        var replyId = NewId("reply");
        await api.Http.PostGraphQLAsync(ReplyTo,
            new { i = new { clientMutationId = replyId, document = Document(SeededReport), annotationId = NewId("answer"), replyTo = own, text = "Voir l'indicateur." } }, thomas);

        var (_, reply) = await api.Http.PostGraphQLAsync(ReplyTo,
            new { i = new { clientMutationId = replyId, document = Document(SeededReport), annotationId = PrivateNote, replyTo = own, text = "Voir l'indicateur." } }, thomas);
        var (_, annotate) = await api.Http.PostGraphQLAsync(Annotate,
            new { i = AnnotateInput(SeededReport, PrivateNote, Selector(ReportResults, "le portail"), clientMutationId: annotateId) }, thomas);

        AssertRefusedAsReused(reply, PrivateText);
        AssertRefusedAsReused(annotate, PrivateText);
    }

    /// <summary>
    /// Paul, reviewer of the Sénéclic file, re-sends the seed's id of his own note there naming the fund manager's
    /// PRIVATE note on the same file: refused, no text; the manager still reads her note as she wrote it.
    /// </summary>
    [Fact]
    public async Task ManagersPrivateNote_PaulRepeatsHisSeededId_ConflictNoText()
    {
        const string managersText = "Vérifier la lettre du ministère avant le comité.";
        var manager = await api.TokenAsync(People.FundManager);
        var file = await SeneclicFileAsync(manager);
        var noteId = NewId("gestion");
        var (_, written) = await api.Http.PostGraphQLAsync(Annotate, new { i = await ApplicationNoteAsync(file, noteId, NewId("note"), "PRIVATE", managersText) }, manager);
        Assert.Null(written["errors"]);

        var (_, repeat) = await api.Http.PostGraphQLAsync(Annotate,
            new { i = await ApplicationNoteAsync(file, noteId, "seed:fund:fsn-2026:seneclic:annotation:formation", "TEAM", "Combien de personnes formées ?") },
            await api.TokenAsync(People.Reviewer));
        var (_, read) = await api.Http.PostGraphQLAsync(Read, new { t = new { kind = "APPLICATION", id = file, version = 1 } }, manager);

        AssertRefusedAsReused(repeat, managersText);
        Assert.Contains(Flat(read), a => a!["annotation"]!["annotationId"]!.GetValue<string>() == noteId
            && a["annotation"]!["text"]!.GetValue<string>() == managersText);
    }

    /// <summary>The seed's own action ids, Hélène's, sent by Aminata naming the note they made or another hidden one: refused, no text.</summary>
    [Theory]
    [InlineData(PrivateNote, PrivateNote)]
    [InlineData(TeamNote, PrivateNote)]
    [InlineData(PrivateNote, TeamNote)]
    public async Task SeedIds_SentByAnother_ConflictNoText(string seededAction, string named)
    {
        var (_, body) = await api.Http.PostGraphQLAsync(Annotate,
            new { i = AnnotateInput(SeededReport, named, Selector(ReportResults, "le portail"), clientMutationId: $"seed:annotation:{SeededReportKey}:{seededAction}") },
            await api.TokenAsync(People.GuediawayeSouth));

        AssertRefusedAsReused(body, named == PrivateNote ? PrivateText : TeamText);
    }

    /// <summary>
    /// Probing ids one by one tells nothing: on a fresh report where Hélène wrote a PRIVATE note, Aminata annotating
    /// under the note's id gets the answer an unused id gets (her own annotation, same fields), and an invalid input is
    /// VALIDATION with the same message whether the id is taken or free. Hélène still reads her note as she wrote it,
    /// and Aminata reads her own under that id, never Hélène's. A shared annotation's id, which she reads anyway, is
    /// still « already exists ».
    /// </summary>
    [Fact]
    public async Task Annotate_HiddenNotesId_SameAnswerAsAnUnusedId()
    {
        var (aminata, helene) = (await api.TokenAsync(People.GuediawayeSouth), await api.TokenAsync(People.Researcher));
        var report = await SubmittedReportAsync(api.Http, await api.TokenAsync(People.CastresNorth), ReportResults);
        var valid = Selector(ReportResults, "le portail");
        var invalid = new { section = "results", exact = "le portail", start = 0, end = 10 };
        var (hiddenId, freeId) = (NewId("cachee"), NewId("libre"));
        var (_, note) = await api.Http.PostGraphQLAsync(Annotate, new
        {
            i = new
            {
                clientMutationId = NewId("note"), annotationId = hiddenId, target = Target(report, 1), selector = valid,
                motivation = "COMMENTING", text = PrivateText, visibility = "PRIVATE",
            },
        }, helene);
        Assert.Null(note["errors"]);

        var (_, invalidHidden) = await api.Http.PostGraphQLAsync(Annotate, new { i = AnnotateInput(report, hiddenId, invalid, visibility: "PRIVATE") }, aminata);
        var (_, invalidFree) = await api.Http.PostGraphQLAsync(Annotate, new { i = AnnotateInput(report, freeId, invalid, visibility: "PRIVATE") }, aminata);
        var (_, hidden) = await api.Http.PostGraphQLAsync(Annotate, new { i = AnnotateInput(report, hiddenId, valid, visibility: "PRIVATE") }, aminata);
        var (_, free) = await api.Http.PostGraphQLAsync(Annotate, new { i = AnnotateInput(report, freeId, valid, visibility: "PRIVATE") }, aminata);
        var (_, shared) = await api.Http.PostGraphQLAsync(Annotate, new { i = AnnotateInput(SeededReport, "lisst-portail", valid) }, aminata);

        Assert.Equal(("VALIDATION", "VALIDATION"), (invalidHidden.ErrorCode(), invalidFree.ErrorCode()));
        Assert.Equal(invalidFree.ErrorMessage(), invalidHidden.ErrorMessage());
        Assert.Equal(Shape(free, freeId), Shape(hidden, hiddenId));
        Assert.DoesNotContain(PrivateText, hidden.ToJsonString());
        var heleneReads = Flat((await api.Http.PostGraphQLAsync(Read, new { t = Target(report, 1) }, helene)).Body);
        var aminataReads = Flat((await api.Http.PostGraphQLAsync(Read, new { t = Target(report, 1) }, aminata)).Body);
        Assert.Equal(note["data"]!["annotate"]!["annotation"]!.ToJsonString(), Assert.Single(heleneReads)!["annotation"]!.ToJsonString());
        Assert.Equal([hiddenId, freeId], aminataReads.Select(a => a!["annotation"]!["annotationId"]!.GetValue<string>()));
        Assert.DoesNotContain(PrivateText, aminataReads.ToJsonString());
        Assert.Equal("CONFLICT", shared.ErrorCode());
        Assert.Contains("existe déjà", shared.ErrorMessage());
    }

    /// <summary>An annotate answer with what differs between two ids (the ids themselves, the time) taken out.</summary>
    private static string Shape(JsonObject body, string annotationId)
    {
        Assert.Null(body["errors"]);
        var annotation = body["data"]!["annotate"]!["annotation"]!.AsObject();
        Assert.Equal(annotationId, annotation["annotationId"]!.GetValue<string>());
        foreach (var varying in new[] { "id", "annotationId" })
            annotation.Remove(varying);
        return body.ToJsonString().Replace(body["data"]!["annotate"]!["clientMutationId"]!.GetValue<string>(), "");
    }

    /// <summary>The seeded Sénéclic file's global id, read from the seeded call.</summary>
    private async Task<string> SeneclicFileAsync(string managerToken)
    {
        var (_, files) = await api.Http.PostGraphQLAsync("{ fundCall(id: \"fsn-2026\") { applications { id partnershipId } } }", null, managerToken);
        return files["data"]!["fundCall"]!["applications"]!.AsArray()
            .Single(a => GlobalId.TryDecode(a!["partnershipId"]!.GetValue<string>())?.Key == "seneclic")!["id"]!.GetValue<string>();
    }

    /// <summary>A note on the file's version 1, on the passage the seed's note is about.</summary>
    private async Task<object> ApplicationNoteAsync(string file, string annotationId, string clientMutationId, string visibility, string text)
    {
        const string passage = "forme les équipes locales aux techniques du recyclage des ordinateurs";
        var (_, read) = await api.Http.PostGraphQLAsync("query($id: ID!) { fundApplication(id: $id) { version(number: 1) { description } } }",
            new { id = file }, await api.TokenAsync(People.FundManager));
        var description = read["data"]!["fundApplication"]!["version"]!["description"]!.GetValue<string>();
        return new
        {
            clientMutationId,
            annotationId,
            target = new { kind = "APPLICATION", id = file, version = 1 },
            selector = Selector(description, passage, "description"),
            motivation = "COMMENTING",
            text,
            visibility,
        };
    }
}
