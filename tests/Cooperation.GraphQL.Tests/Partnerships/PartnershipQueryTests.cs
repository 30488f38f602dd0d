namespace Cooperation.GraphQL.Tests.Partnerships;

[Collection(ApiCollection.Name)]
public sealed class PartnershipQueryTests(ApiFixture api)
{
    private const string Directory = "{ partnerships(first: 10) { totalCount nodes { id name slug north { name } south { name country } } } }";

    /// <summary>The public directory lists the five chapter-7 partnerships, by GET, with their parties.</summary>
    [Fact]
    public async Task Partnerships_ByGet_ListsTheFiveSeededPartnerships()
    {
        var (status, body) = await api.Http.GetGraphQLAsync(Directory);

        Assert.Equal(HttpStatusCode.OK, status);
        var directory = body["data"]!["partnerships"]!;
        Assert.Equal(5, directory["totalCount"]!.GetValue<int>());
        var slugs = directory["nodes"]!.AsArray().Select(n => n!["slug"]!.GetValue<string>());
        Assert.Equal(["cerenum", "sig-guediawaye", "e-administration-plateau", "libriciels-figuig", "seneclic"], slugs);
        var guediawaye = directory["nodes"]!.AsArray().Single(n => n!["slug"]!.GetValue<string>() == "sig-guediawaye")!;
        Assert.Equal("Communauté d'agglomération de Castres-Mazamet", guediawaye["north"]!["name"]!.GetValue<string>());
        Assert.Equal("Sénégal", guediawaye["south"]!["country"]!.GetValue<string>());
    }

    /// <summary>POST answers exactly what GET answers.</summary>
    [Fact]
    public async Task Partnerships_ByPost_SameAnswerAsGet()
    {
        var byGet = await api.Http.GetGraphQLAsync(Directory);
        var byPost = await api.Http.PostGraphQLAsync(Directory);

        Assert.Equal(HttpStatusCode.OK, byPost.Status);
        Assert.Equal(byGet.Body.ToJsonString(), byPost.Body.ToJsonString());
    }

    /// <summary>Pages follow each other through opaque cursors without gaps or repeats.</summary>
    [Fact]
    public async Task Partnerships_PagedByTwo_CoversAllOnce()
    {
        var seen = new List<string>();
        string? after = null;
        do
        {
            var afterArgument = after is null ? "" : $", after: \"{after}\"";
            var (_, body) = await api.Http.GetGraphQLAsync($"{{ partnerships(first: 2{afterArgument}) {{ pageInfo {{ hasNextPage endCursor }} nodes {{ slug }} }} }}");
            var page = body["data"]!["partnerships"]!;
            seen.AddRange(page["nodes"]!.AsArray().Select(n => n!["slug"]!.GetValue<string>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.Equal(5, seen.Count);
        Assert.Equal(5, seen.Distinct().Count());
    }

    /// <summary>A partnership is the same node by its readable key, its global id and node(id:).</summary>
    [Fact]
    public async Task Partnership_BySlugGlobalIdAndNode_SameNode()
    {
        var token = await api.TokenAsync(People.BesanconNorth);
        var (_, bySlug) = await api.Http.GetGraphQLAsync("{ partnership(id: \"seneclic\") { id name milestones { id title } } }", token);
        var globalId = bySlug["data"]!["partnership"]!["id"]!.GetValue<string>();
        var (_, byId) = await api.Http.GetGraphQLAsync($"{{ partnership(id: \"{globalId}\") {{ id name milestones {{ id title }} }} }}", token);
        var (_, byNode) = await api.Http.GetGraphQLAsync($"{{ node(id: \"{globalId}\") {{ id ... on Partnership {{ name }} }} }}");

        Assert.DoesNotContain("seneclic", globalId);
        Assert.Equal(bySlug.ToJsonString(), byId.ToJsonString());
        Assert.Equal("Sénéclic — Besançon / Sénégal", byNode["data"]!["node"]!["name"]!.GetValue<string>());
        var milestoneId = bySlug["data"]!["partnership"]!["milestones"]![0]!["id"]!.GetValue<string>();
        var (_, milestone) = await api.Http.GetGraphQLAsync($"{{ node(id: \"{milestoneId}\") {{ ... on Milestone {{ title }} }} }}", token);
        Assert.Equal("Reconditionner le lot d'ordinateurs de l'année", milestone["data"]!["node"]!["title"]!.GetValue<string>());
    }

    /// <summary>The seed task planned 3 to 6 milestones in each partnership, as the history shows.</summary>
    [Fact]
    public async Task SeededPartnerships_Milestones_ThreeToSixEach()
    {
        var token = await api.TokenAsync(People.Administrator);
        var (_, body) = await api.Http.GetGraphQLAsync("{ partnerships(first: 10) { nodes { slug } } }", token);

        foreach (var node in body["data"]!["partnerships"]!["nodes"]!.AsArray())
        {
            // The seed's lines are the oldest: read the history a page at a time, to its end.
            var lines = new List<JsonNode>();
            string? after = null;
            do
            {
                var (_, page) = await api.Http.PostGraphQLAsync(
                    "query($id: ID!, $after: String) { partnership(id: $id) { history(first: 100, after: $after) { nodes { actor action } pageInfo { hasNextPage endCursor } } } }",
                    new { id = node!["slug"]!.GetValue<string>(), after }, token);
                var history = page["data"]!["partnership"]!["history"]!;
                lines.AddRange(history["nodes"]!.AsArray().Select(e => e!));
                after = history["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? history["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
            }
            while (after is not null);
            var seeded = lines.Count(e =>
                e["action"]!.GetValue<string>() == "MilestonePlanned" && e["actor"]!.GetValue<string>().StartsWith("Amorçage", StringComparison.Ordinal));
            Assert.InRange(seeded, 3, 6);
        }
    }

    /// <summary>An unknown partnership is NOT_FOUND, in French then English, and the field is null.</summary>
    [Fact]
    public async Task Partnership_UnknownId_NotFound()
    {
        var (status, body) = await api.Http.GetGraphQLAsync("{ partnership(id: \"tombouctou\") { name } }");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("NOT_FOUND", body.ErrorCode());
        Assert.StartsWith("Partenariat inconnu", body.ErrorMessage());
        Assert.Null(body["data"]!["partnership"]);
    }

    /// <summary>An id that cannot name a partnership is refused before any grain is touched.</summary>
    [Theory]
    [InlineData("../../etc")]
    [InlineData("Guédiawaye")]
    [InlineData("TWlsZXN0b25lOnNlbmVjbGljL20x")] // a milestone's global id
    public async Task Partnership_MalformedId_Validation(string id)
    {
        var (_, body) = await api.Http.PostGraphQLAsync("query($id: ID!) { partnership(id: $id) { name } }", new { id });

        Assert.Equal("VALIDATION", body.ErrorCode());
    }

    /// <summary>A cursor the server never issued is a clear VALIDATION error.</summary>
    [Fact]
    public async Task Partnerships_ForgedCursor_Validation()
    {
        var (_, body) = await api.Http.GetGraphQLAsync("{ partnerships(after: \"not-a-cursor\") { totalCount } }");

        Assert.Equal("VALIDATION", body.ErrorCode());
    }
}
