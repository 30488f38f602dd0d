namespace Cooperation.GraphQL.Tests.Documents;

/// <summary>Operations sent by id on the shared host.</summary>
[Collection(ApiCollection.Name)]
public sealed class PersistedDocumentTests(ApiFixture api)
{
    private const string Unknown = "sha256:0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The directory by GET with only its id: the defaults of the operation give the first page.</summary>
    [Fact]
    public async Task Directory_GetByDocumentId_FirstPage()
    {
        var (status, body) = await api.Http.GetDocumentAsync(ClientDocuments.IdOf("Directory"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(5, body["data"]!["partnerships"]!["totalCount"]!.GetValue<int>());
        Assert.Contains(body["data"]!["partnerships"]!["nodes"]!.AsArray(), n => n!["slug"]!.GetValue<string>() == "seneclic");
    }

    /// <summary>A partnership's page by id with variables, for a member: milestones with relative dates, reports, shipments.</summary>
    [Fact]
    public async Task PartnershipPage_PostByDocumentId_MilestonesWithRelativeDates()
    {
        var (status, body) = await api.Http.PostDocumentAsync(ClientDocuments.IdOf("Partnership"), new { id = "seneclic" }, await api.TokenAsync(People.BesanconNorth));

        Assert.Equal(HttpStatusCode.OK, status);
        var partnership = body["data"]!["partnership"]!;
        Assert.NotEmpty(partnership["milestones"]!.AsArray());
        Assert.All(partnership["milestones"]!.AsArray(), m => Assert.False(string.IsNullOrEmpty(m!["updatedAgo"]!.GetValue<string>())));
        Assert.NotNull(partnership["reports"]);
        Assert.NotNull(partnership["shipments"]);
    }

    /// <summary>
    /// The Partnership document validated for a member, then asked again: taken parsed and validated from the cache, it
    /// still asks who is reading (401 for nobody) and still refuses a GET of a mutation validated by POST.
    /// </summary>
    [Fact]
    public async Task CachedDocument_AccessAndGetRulesStillApplied()
    {
        var marc = await api.TokenAsync(People.BesanconNorth);
        var (member, _) = await api.Http.PostDocumentAsync(ClientDocuments.IdOf("Partnership"), new { id = "seneclic" }, marc);
        var (nobody, refused) = await api.Http.PostDocumentAsync(ClientDocuments.IdOf("Partnership"), new { id = "seneclic" });
        var (again, read) = await api.Http.PostDocumentAsync(ClientDocuments.IdOf("Partnership"), new { id = "seneclic" }, marc);
        var input = new { clientMutationId = $"c-{Guid.NewGuid():N}", milestoneId = "x", progress = 10 };
        await api.Http.PostDocumentAsync(ClientDocuments.IdOf("RecordMilestoneProgress"), new { input }, marc);
        var (byGet, _) = await api.Http.GetDocumentAsync(ClientDocuments.IdOf("RecordMilestoneProgress"), marc);

        Assert.Equal(HttpStatusCode.OK, member);
        Assert.Equal(HttpStatusCode.Unauthorized, nobody);
        Assert.Equal("UNAUTHENTICATED", refused.ErrorCode());
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.NotEmpty(read["data"]!["partnership"]!["milestones"]!.AsArray());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, byGet);
    }

    /// <summary>
    /// Once a document passed its rules for one standing, it is taken as passed only for that standing: the dashboards,
    /// read by North staff and by the fund's manager, stay refused to a South agent and a researcher, however often asked.
    /// </summary>
    [Fact]
    public async Task CachedDocument_PassedForOneStanding_StillRefusedToAnother()
    {
        var dashboards = ClientDocuments.IdOf("Dashboards");
        var marc = await api.TokenAsync(People.BesanconNorth);
        var isabelle = await api.TokenAsync(People.FundManager);
        var aminata = await api.TokenAsync(People.GuediawayeSouth);
        var helene = await api.TokenAsync(People.Researcher);

        var answers = new List<(string Who, HttpStatusCode Status, JsonObject Body)>();
        foreach (var (who, token) in new[] { ("marc", marc), ("marc", marc), ("aminata", aminata), ("isabelle", isabelle), ("helene", helene), ("aminata", aminata) })
        {
            var (status, body) = await api.Http.GetDocumentAsync(dashboards, token);
            answers.Add((who, status, body));
        }

        Assert.All(answers.Where(a => a.Who is "marc" or "isabelle"), a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.All(answers.Where(a => a.Who is "aminata" or "helene"), a =>
        {
            Assert.Equal(HttpStatusCode.Forbidden, a.Status);
            Assert.Equal("FORBIDDEN", a.Body.ErrorCode());
            Assert.False(a.Body.ContainsKey("data"));
        });
    }

    /// <summary>
    /// The same read asked again for another partnership answers that partnership: what validation parsed for one id
    /// is never given to another. A partnership the person is not a member of stays refused by its grain.
    /// </summary>
    [Fact]
    public async Task RepeatedRead_EachIdAnswersItsOwnPartnership()
    {
        var milestones = ClientDocuments.IdOf("PartnershipMilestones");
        var admin = await api.TokenAsync(People.Administrator);
        var marc = await api.TokenAsync(People.BesanconNorth);

        foreach (var slug in new[] { "seneclic", "seneclic", "libriciels-figuig", "seneclic", "libriciels-figuig", "e-administration-plateau" })
        {
            var (status, body) = await api.Http.PostDocumentAsync(milestones, new { id = slug }, admin);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(slug, body["data"]!["partnership"]!["slug"]!.GetValue<string>());
        }

        var (own, read) = await api.Http.PostDocumentAsync(milestones, new { id = "seneclic" }, marc);
        var (other, refused) = await api.Http.PostDocumentAsync(milestones, new { id = "libriciels-figuig" }, marc);
        Assert.Equal(HttpStatusCode.OK, own);
        Assert.Equal("seneclic", read["data"]!["partnership"]!["slug"]!.GetValue<string>());
        Assert.Null(refused["data"]?["partnership"]);
        Assert.Contains(refused.ErrorCode(), new[] { "FORBIDDEN", "NOT_FOUND" });
        Assert.DoesNotContain("Figuig", refused.ToJsonString(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.InternalServerError, other);
    }

    /// <summary>An id the server does not know: 404, DOCUMENT_NOT_FOUND in French and English, nothing executed.</summary>
    [Fact]
    public async Task UnknownDocumentId_404DocumentNotFound()
    {
        var (status, body) = await api.Http.PostDocumentAsync(Unknown, new { input = new { clientMutationId = "x" } });

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("DOCUMENT_NOT_FOUND", body.ErrorCode());
        Assert.Contains("Opération inconnue", body.ErrorMessage());
        Assert.False(body.ContainsKey("data"));
    }

    /// <summary>A planned milestone sent with an unknown id is not planned.</summary>
    [Fact]
    public async Task UnknownDocumentId_MutationVariables_ChangeNothing()
    {
        var token = await api.TokenAsync(People.ChalonNorth);
        var input = new { clientMutationId = $"u-{Guid.NewGuid():N}", partnershipId = "e-administration-plateau", title = "Jalon par identifiant inconnu", side = "NORTH", dueOn = "2027-03-01" };

        var (status, _) = await api.Http.PostDocumentAsync(Unknown.Replace("0000", "abcd", StringComparison.Ordinal), new { input }, token);
        var (_, page) = await api.Http.PostDocumentAsync(ClientDocuments.IdOf("Partnership"), new { id = "e-administration-plateau" }, token);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.DoesNotContain(page["data"]!["partnership"]!["milestones"]!.AsArray(), m => m!["title"]!.GetValue<string>() == input.title);
    }

    /// <summary>Both a query and a documentId: which one to run would be a guess, so neither runs.</summary>
    [Fact]
    public async Task QueryAndDocumentId_400InvalidRequest()
    {
        var (status, body) = await api.Http.PostDocumentAsync(ClientDocuments.IdOf("Directory"), query: "{ partnerships { totalCount } }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("INVALID_REQUEST", body.ErrorCode());
        Assert.Contains("pas les deux", body.ErrorMessage());
    }

    /// <summary>An id that is not "sha256:" and 64 lower-case hex digits is refused as such.</summary>
    [Theory]
    [InlineData("sha256:ABC")]
    [InlineData("md5:0123456789abcdef0123456789abcdef")]
    public async Task MalformedDocumentId_400DocumentIdInvalid(string documentId)
    {
        var (status, body) = await api.Http.GetDocumentAsync(documentId);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("DOCUMENT_ID_INVALID", body.ErrorCode());
    }

    /// <summary>A registered mutation asked by GET is still a mutation: 405, and the session stays open.</summary>
    [Fact]
    public async Task MutationDocument_ByGet_405()
    {
        var (access, _) = await api.Http.SignInAsync(People.Researcher);

        var (status, _) = await api.Http.GetDocumentAsync(ClientDocuments.IdOf("SignOut"), access);
        var (viewerStatus, _) = await api.Http.GetDocumentAsync(ClientDocuments.IdOf("Viewer"), access);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, status);
        Assert.Equal(HttpStatusCode.OK, viewerStatus);
    }
}
