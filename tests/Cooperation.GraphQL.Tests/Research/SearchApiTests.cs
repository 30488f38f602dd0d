using Cooperation.GraphQL.Research;

namespace Cooperation.GraphQL.Tests.Research;

/// <summary>The search field: accents and case aside, the words marked, only what the reader may read.</summary>
[Collection(ApiCollection.Name)]
public sealed class SearchApiTests(ApiFixture api)
{
    private const string Search = """
        query($p: ID, $t: String!, $first: Int, $after: String) {
          search(partnership: $p, text: $t, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { partnership { slug } source documentKind documentTitle version section snippet marks { start end } annotation { annotationId creatorName tags } }
          }
        }
        """;

    private async Task<JsonObject> SearchAsync(string email, string text, string? partnership = "sig-guediawaye", int? first = null, string? after = null)
    {
        var (_, body) = await api.Http.PostGraphQLAsync(Search, new { p = partnership, t = text, first, after }, await api.TokenAsync(email));
        return body;
    }

    private static JsonArray Nodes(JsonObject body) => body["data"]?["search"]?["nodes"]?.AsArray() ?? throw new InvalidOperationException(body.ToJsonString());

    /// <summary>« deja » in capitals finds the report's « déjà », marked in its snippet.</summary>
    [Fact]
    public async Task Search_WordWithoutAccents_FindsReportPassageMarked()
    {
        // Other tests of this host file reports of their own that say the same: the seeded report's passage is the one looked at.
        const string Seeded = "Rapport d'avancement du 01/01/2026 au 30/06/2026";
        var nodes = Nodes(await SearchAsync(People.CastresNorth, "DEJA organisation", first: 50));

        var hit = nodes.Single(n => n!["source"]!.GetValue<string>() == "PROGRESS_REPORT" && n["section"]!.GetValue<string>() == "results"
            && n["documentTitle"]!.GetValue<string>() == Seeded)!;
        var snippet = hit["snippet"]!.GetValue<string>();
        var marked = hit["marks"]!.AsArray().Select(m => snippet[m!["start"]!.GetValue<int>()..m["end"]!.GetValue<int>()]).ToList();
        Assert.Contains("déjà", marked);
        Assert.Contains("organisation", marked);
        Assert.Equal("PROGRESS_REPORT", hit["documentKind"]!.GetValue<string>());
    }

    /// <summary>The researcher's private note is found by her and not by the North; the team's code not by the North either.</summary>
    [Fact]
    public async Task Search_PrivateAndTeamNotes_FoundByTheirReadersOnly()
    {
        static IEnumerable<string> Ids(JsonArray nodes) => nodes.Select(n => n!["annotation"]?["annotationId"]?.GetValue<string>()).OfType<string>();

        var hers = Ids(Nodes(await SearchAsync(People.Researcher, "entretiens"))).ToList();
        var north = Ids(Nodes(await SearchAsync(People.CastresNorth, "entretiens"))).ToList();

        Assert.Contains("lisst-note-formation", hers);
        Assert.Contains("lisst-code-appropriation", hers);
        Assert.DoesNotContain("lisst-note-formation", north);
        Assert.DoesNotContain("lisst-code-appropriation", north);
    }

    /// <summary>Someone of another partnership is refused, and so is an empty search, with a clear reason.</summary>
    [Fact]
    public async Task Search_OutsiderOrNoWord_Refused()
    {
        Assert.Equal("FORBIDDEN", (await SearchAsync(People.ChalonNorth, "portail")).ErrorCode());
        Assert.Equal("VALIDATION", (await SearchAsync(People.CastresNorth, " ; ")).ErrorCode());
        Assert.Equal("VALIDATION", (await SearchAsync(People.CastresNorth, "portail", first: 0)).ErrorCode());
    }

    /// <summary>Pages follow each other through their cursors, and together hold every passage once.</summary>
    [Fact]
    public async Task Search_Pages_FollowCursors()
    {
        static JsonNode Page(JsonObject body) => body["data"]?["search"] ?? throw new InvalidOperationException(body.ToJsonString());

        // Other tests of this host add passages that say « portail »: the total is read first, then walked page by page.
        var first = Page(await SearchAsync(People.Researcher, "portail", first: 1));
        var total = first["totalCount"]!.GetValue<int>();
        Assert.True(total >= 2, first.ToJsonString());
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        var seen = first["nodes"]!.AsArray().Count;
        var page = first;
        while (page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
        {
            page = Page(await SearchAsync(People.Researcher, "portail", first: ResearchSchema.MaxFirst, after: page["pageInfo"]!["endCursor"]!.GetValue<string>()));
            seen += page["nodes"]!.AsArray().Count;
            Assert.True(seen <= total, $"{seen} passages seen of {total}");
        }

        Assert.Equal(total, seen);
    }

    /// <summary>
    /// Without a partnership, Julien (Castres-Mazamet) searches every partnership he belongs to: he finds Guédiawaye's
    /// report, marked as Guédiawaye's, and nothing of a partnership he is no member of.
    /// </summary>
    [Fact]
    public async Task Search_AcrossOwnPartnerships_FindsOnlyThose()
    {
        const string Seeded = "Rapport d'avancement du 01/01/2026 au 30/06/2026";
        var across = Nodes(await SearchAsync(People.CastresNorth, "DEJA organisation", partnership: null, first: 50));
        var within = Nodes(await SearchAsync(People.CastresNorth, "DEJA organisation", first: 50));

        Assert.Contains(across, n => n!["documentTitle"]!.GetValue<string>() == Seeded && n["partnership"]!["slug"]!.GetValue<string>() == "sig-guediawaye");
        Assert.True(across.Count >= within.Count);
        Assert.All(across, n => Assert.NotEqual("seneclic", n!["partnership"]!["slug"]!.GetValue<string>()));
        Assert.DoesNotContain(Nodes(await SearchAsync(People.BesanconNorth, "DEJA organisation", partnership: null, first: 50)),
            n => n!["partnership"]!["slug"]!.GetValue<string>() == "sig-guediawaye");
    }
}
