using System.Text;
using System.Text.Json;
using Cooperation.GraphQL.Schema.Relay;
using static Cooperation.GraphQL.Tests.Annotations.AnnotationRequests;

namespace Cooperation.GraphQL.Tests.Annotations;

/// <summary>
/// A version's annotations read a thread at a time, newest thread first: a page never splits a thread, counts and names
/// only the threads its reader reads, and a cursor naming any other is refused as a malformed one is.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AnnotationPageTests(ApiFixture api)
{
    private const string PrivateText = "Note de travail : relancer la mairie sur les chiffres.";

    private const string Node = "query($id: ID!) { node(id: $id) { id ... on Annotation { annotationId text mine } } }";

    private Task<string> HeleneAsync() => api.TokenAsync(People.Researcher);

    private Task<string> AminataAsync() => api.TokenAsync(People.GuediawayeSouth);

    private async Task<string> FreshReportAsync() => await SubmittedReportAsync(api.Http, await api.TokenAsync(People.CastresNorth), ReportResults);

    private async Task<JsonObject> AnnotateAsync(string report, string annotationId, string token, string visibility = "PARTNERSHIP", string? text = null)
    {
        var input = (JsonObject)JsonSerializer.SerializeToNode(AnnotateInput(report, annotationId, Selector(ReportResults, "le portail"), visibility: visibility))!;
        if (text is not null)
            input["text"] = text;
        var (_, body) = await api.Http.PostGraphQLAsync(Annotate, new { i = input }, token);
        Assert.Null(body["errors"]);
        return body["data"]!["annotate"]!["annotation"]!.AsObject();
    }

    private async Task ReplyAsync(string report, string replyTo, string annotationId, string token)
    {
        var (_, body) = await api.Http.PostGraphQLAsync(
            "mutation($i: ReplyToAnnotationInput!) { replyToAnnotation(input: $i) { clientMutationId } }",
            new { i = new { clientMutationId = NewId("reply"), document = Document(report), annotationId, replyTo, text = "Sept projets, voir l'indicateur." } }, token);
        Assert.Null(body["errors"]);
    }

    private async Task<JsonObject> PageAsync(string report, string token, int? first = null, string? after = null) =>
        (await api.Http.PostGraphQLAsync(Read, new { t = Target(report, 1), first, after }, token)).Body;

    private static JsonNode Threads(JsonObject body) => body["data"]?["annotations"] ?? throw new InvalidOperationException(body.ToJsonString());

    /// <summary>Each thread of the page, as its annotations' ids.</summary>
    private static List<string[]> Ids(JsonNode threads) =>
        [.. threads["nodes"]!.AsArray().Select(t => t!["annotations"]!.AsArray().Select(a => a!["annotation"]!["annotationId"]!.GetValue<string>()).ToArray())];

    private static string EndCursor(JsonNode threads) => threads["pageInfo"]!["endCursor"]!.GetValue<string>();

    /// <summary>
    /// Three threads, the oldest answered twice after the newest was opened: two pages of two, newest thread first, the
    /// oldest thread's replies on the last page with it; one cursor a thread; every page counts three threads.
    /// </summary>
    [Fact]
    public async Task Pages_NewestThreadFirst_NeverSplitAThread()
    {
        var (helene, aminata) = (await HeleneAsync(), await AminataAsync());
        var report = await FreshReportAsync();
        await AnnotateAsync(report, "fil-1", helene);
        await AnnotateAsync(report, "fil-2", aminata);
        await AnnotateAsync(report, "fil-3", helene);
        await ReplyAsync(report, "fil-1", "fil-1-r1", aminata);
        await ReplyAsync(report, "fil-1-r1", "fil-1-r2", helene);

        var first = Threads(await PageAsync(report, aminata, 2));
        var last = Threads(await PageAsync(report, aminata, 2, EndCursor(first)));

        Assert.Equal([["fil-3"], ["fil-2"]], Ids(first));
        Assert.Equal([["fil-1", "fil-1-r1", "fil-1-r2"]], Ids(last));
        Assert.Equal((3, 3), (first["totalCount"]!.GetValue<int>(), last["totalCount"]!.GetValue<int>()));
        Assert.Equal((true, false), (first["pageInfo"]!["hasNextPage"]!.GetValue<bool>(), first["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>()));
        Assert.Equal((false, true), (last["pageInfo"]!["hasNextPage"]!.GetValue<bool>(), last["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>()));
        Assert.Equal(2, first["edges"]!.AsArray().Count);
    }

    /// <summary>
    /// Hélène's private thread is hers alone: Aminata's pages neither count nor show it, and its cursor, taken from
    /// Hélène's page, is refused to Aminata with the very answer a malformed or a made-up cursor gets, naming nothing.
    /// </summary>
    [Fact]
    public async Task PrivateThread_NotCounted_ItsCursorRefusedAsAMalformedOne()
    {
        var (helene, aminata) = (await HeleneAsync(), await AminataAsync());
        var report = await FreshReportAsync();
        await AnnotateAsync(report, "partage", aminata);
        await AnnotateAsync(report, "prive", helene, "PRIVATE", PrivateText);

        var heleneReads = Threads(await PageAsync(report, helene, 1));
        var aminataReads = Threads(await PageAsync(report, aminata));
        var taken = await PageAsync(report, aminata, 1, EndCursor(heleneReads));
        var malformed = await PageAsync(report, aminata, 1, "pas-un-curseur");
        var madeUp = await PageAsync(report, aminata, 1, GlobalId.Encode("AnnotationThread", "0123456789abcdef.prive"));
        var positional = await PageAsync(report, aminata, 1, GlobalId.Encode("Position", "0"));

        Assert.Equal([["prive"]], Ids(heleneReads));
        Assert.Equal(2, heleneReads["totalCount"]!.GetValue<int>());
        Assert.Equal([["partage"]], Ids(aminataReads));
        Assert.Equal(1, aminataReads["totalCount"]!.GetValue<int>());
        foreach (var refused in new[] { taken, malformed, madeUp, positional })
        {
            Assert.Equal(("VALIDATION", malformed.ErrorMessage()), (refused.ErrorCode(), refused.ErrorMessage()));
            Assert.Null(refused["data"]);
        }
        Assert.Contains("Curseur de pagination invalide", malformed.ErrorMessage());
        Assert.Contains(" / Invalid pagination cursor", malformed.ErrorMessage());
        Assert.DoesNotContain("prive", taken.ToJsonString());
    }

    /// <summary>The pages every paged list refuses (none, more than 100, a cursor this server did not give).</summary>
    [Theory]
    [MemberData(nameof(BadPages.Cases), MemberType = typeof(BadPages))]
    public async Task BadPage_Refused(int first, string? after)
    {
        var body = await PageAsync(SeededReport, await HeleneAsync(), first, after);

        BadPages.AssertRefused(body);
    }

    /// <summary>
    /// Hélène and Aminata each choose the id « note »: Hélène reads both, under two global ids, and node(id:) reads each
    /// again; Aminata cannot read Hélène's private one by its id, answered as an id that names nothing; an id made when
    /// ids were the document's still reads the note of that id each of them reads.
    /// </summary>
    [Fact]
    public async Task SameIdTwoCreators_TwoGlobalIds_EachReadAgain()
    {
        var (helene, aminata) = (await HeleneAsync(), await AminataAsync());
        var report = await FreshReportAsync();
        var hers = await AnnotateAsync(report, "note", helene, "PRIVATE", PrivateText);
        var aminatas = await AnnotateAsync(report, "note", aminata, text: "Combien de projets ?");
        var (herId, aminataId) = (hers["id"]!.GetValue<string>(), aminatas["id"]!.GetValue<string>());
        var oldId = GlobalId.Encode("Annotation", $"{DocumentKey(report)}#note");

        var heleneReads = Flat(await PageAsync(report, helene));
        var herNote = (await api.Http.PostGraphQLAsync(Node, new { id = herId }, helene)).Body;
        var aminataNote = (await api.Http.PostGraphQLAsync(Node, new { id = aminataId }, helene)).Body;
        var hidden = (await api.Http.PostGraphQLAsync(Node, new { id = herId }, aminata)).Body;
        var nothing = (await api.Http.PostGraphQLAsync(Node, new { id = GlobalId.Encode("Annotation", $"{DocumentKey(report)}#0123456789abcdef.note") }, aminata)).Body;
        var oldForHelene = (await api.Http.PostGraphQLAsync(Node, new { id = oldId }, helene)).Body;
        var oldForAminata = (await api.Http.PostGraphQLAsync(Node, new { id = oldId }, aminata)).Body;

        Assert.NotEqual(herId, aminataId);
        Assert.Equal([herId, aminataId], heleneReads.Select(a => a!["annotation"]!["id"]!.GetValue<string>()));
        Assert.Equal(["note", "note"], heleneReads.Select(a => a!["annotation"]!["annotationId"]!.GetValue<string>()));
        Assert.Equal((herId, PrivateText, true), NodeOf(herNote));
        Assert.Equal((aminataId, "Combien de projets ?", false), NodeOf(aminataNote));
        Assert.Equal(("NOT_FOUND", nothing.ErrorMessage()), (hidden.ErrorCode(), hidden.ErrorMessage()));
        Assert.DoesNotContain(PrivateText, hidden.ToJsonString());
        Assert.Equal((herId, PrivateText, true), NodeOf(oldForHelene));
        Assert.Equal((aminataId, "Combien de projets ?", true), NodeOf(oldForAminata));
        Assert.DoesNotContain(People.Researcher, Encoding.UTF8.GetString(Convert.FromBase64String(Base64(herId))), StringComparison.OrdinalIgnoreCase);
    }

    private static (string Id, string Text, bool Mine) NodeOf(JsonObject body)
    {
        var node = body["data"]?["node"] ?? throw new InvalidOperationException(body.ToJsonString());
        return (node["id"]!.GetValue<string>(), node["text"]!.GetValue<string>(), node["mine"]!.GetValue<bool>());
    }

    /// <summary>The key of a report's annotations, as global ids of its annotations name it.</summary>
    private static string DocumentKey(string report) => $"report/{GlobalId.TryDecode(report)!.Value.Key}";

    /// <summary>A base64url global id as standard, padded base64.</summary>
    private static string Base64(string id) => id.Replace('-', '+').Replace('_', '/').PadRight((id.Length + 3) / 4 * 4, '=');
}
