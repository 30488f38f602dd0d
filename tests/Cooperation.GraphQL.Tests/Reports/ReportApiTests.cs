namespace Cooperation.GraphQL.Tests.Reports;

[Collection(ApiCollection.Name)]
public sealed class ReportApiTests(ApiFixture api)
{
    private const string Partnership = "e-administration-plateau";

    private const string ReportFields = """
        id key status overdue dueOn draftNumber submittedVersions revision activities results
        indicators { code title unit baseline target actual source }
        milestoneIds attachments { name contentType sizeBytes }
        latestReview { outcome comment }
        """;

    private static readonly string Draft = $"mutation($i: DraftReportInput!) {{ draftReport(input: $i) {{ clientMutationId report {{ {ReportFields} }} }} }}";

    private static readonly string Read = $"query($id: ID!) {{ report(id: $id) {{ {ReportFields} versions {{ number activities review {{ outcome comment }} }} }} }}";

    private Task<string> NorthAsync() => api.TokenAsync(People.ChalonNorth);

    private Task<string> SouthAsync() => api.TokenAsync(People.PlateauSouth);

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    private static object DraftInput(string clientMutationId, string start, string end, string activities = "Informatisation de l'état civil de Kétou.", object[]? indicators = null) =>
        new
        {
            i = new
            {
                clientMutationId, partnershipId = Partnership, periodStart = start, periodEnd = end, activities,
                results = "Deux services informatisés.",
                indicators = indicators ?? [new { code = "mairies-raccordees", title = "Mairies raccordées à Internet", unit = "mairies", baseline = 0, target = 5, actual = 2 }],
                attachments = new[] { new { name = "photos.zip", contentType = "application/zip", sizeBytes = 81920 } },
            },
        };

    private async Task<JsonNode> DraftAsync(string? clientMutationId = null)
    {
        var (start, end) = ReportPeriods.Next();
        var (_, body) = await api.Http.PostGraphQLAsync(Draft, DraftInput(clientMutationId ?? NewId("draft"), start, end), await NorthAsync());
        return body["data"]?["draftReport"]?["report"] ?? throw new InvalidOperationException(body.ToJsonString());
    }

    private async Task<JsonObject> ActAsync(string mutation, string inputType, object input, string token) =>
        (await api.Http.PostGraphQLAsync($"mutation($i: {inputType}!) {{ {mutation}(input: $i) {{ report {{ {ReportFields} }} }} }}", new { i = input }, token)).Body;

    private async Task<JsonNode> ReadAsync(string id, string? token = null) =>
        (await api.Http.PostGraphQLAsync(Read, new { id }, token ?? await NorthAsync())).Body["data"]!["report"]!;

    /// <summary>Draft, submit, return with comments, edit, resubmit, acknowledge: version 2 holds the edit, version 1 is unchanged.</summary>
    [Fact]
    public async Task Lifecycle_ReturnEditResubmit_TwoVersionsFirstUnchanged()
    {
        var id = (await DraftAsync())["id"]!.GetValue<string>();

        var submitted = await ActAsync("submitReport", "SubmitReportInput", new { clientMutationId = NewId("s1"), reportId = id }, await NorthAsync());
        var returned = await ActAsync("returnReport", "ReturnReportInput", new { clientMutationId = NewId("r"), reportId = id, comment = "Ajoutez les mairies raccordées." }, await SouthAsync());
        var edited = await ActAsync("editReport", "EditReportInput", new { clientMutationId = NewId("e"), reportId = id, activities = "État civil et courrier informatisés." }, await NorthAsync());
        await ActAsync("submitReport", "SubmitReportInput", new { clientMutationId = NewId("s2"), reportId = id }, await NorthAsync());
        var acknowledged = await ActAsync("acknowledgeReport", "AcknowledgeReportInput", new { clientMutationId = NewId("a"), reportId = id, comment = "Merci." }, await SouthAsync());
        var report = await ReadAsync(id, await api.TokenAsync(People.Administrator));

        Assert.Equal("SUBMITTED", submitted["data"]!["submitReport"]!["report"]!["status"]!.GetValue<string>());
        Assert.Equal("RETURNED", returned["data"]!["returnReport"]!["report"]!["status"]!.GetValue<string>());
        Assert.Equal(2, edited["data"]!["editReport"]!["report"]!["draftNumber"]!.GetValue<int>());
        Assert.Equal("ACKNOWLEDGED", acknowledged["data"]!["acknowledgeReport"]!["report"]!["status"]!.GetValue<string>());
        var versions = report["versions"]!.AsArray();
        Assert.Equal(2, versions.Count);
        Assert.Equal("Informatisation de l'état civil de Kétou.", versions[0]!["activities"]!.GetValue<string>());
        Assert.Equal("RETURNED", versions[0]!["review"]!["outcome"]!.GetValue<string>());
        Assert.Equal("Ajoutez les mairies raccordées.", versions[0]!["review"]!["comment"]!.GetValue<string>());
        Assert.Equal("État civil et courrier informatisés.", versions[1]!["activities"]!.GetValue<string>());
        var (_, one) = await api.Http.PostGraphQLAsync("query($id: ID!) { report(id: $id) { version(number: 1) { number activities } } }", new { id }, await NorthAsync());
        Assert.Equal("Informatisation de l'état civil de Kétou.", one["data"]!["report"]!["version"]!["activities"]!.GetValue<string>());
    }

    /// <summary>Editing a submitted report is VALIDATION with a message that says why and what would allow it.</summary>
    [Fact]
    public async Task EditReport_Submitted_ValidationWithClearMessage()
    {
        var id = (await DraftAsync())["id"]!.GetValue<string>();
        await ActAsync("submitReport", "SubmitReportInput", new { clientMutationId = NewId("s"), reportId = id }, await NorthAsync());

        var body = await ActAsync("editReport", "EditReportInput", new { clientMutationId = NewId("e"), reportId = id, results = "Trop tard" }, await NorthAsync());

        Assert.Equal("VALIDATION", body.ErrorCode());
        Assert.Contains("une version soumise ne se modifie plus", body.ErrorMessage());
        Assert.Equal("Deux services informatisés.", (await ReadAsync(id))["results"]!.GetValue<string>());
    }

    /// <summary>The same draft sent twice with one clientMutationId answers the same and creates one report.</summary>
    [Fact]
    public async Task DraftReport_SameClientMutationIdTwice_SameAnswer()
    {
        var (start, end) = ReportPeriods.Next();
        var id = NewId("draft");

        var first = await api.Http.PostGraphQLAsync(Draft, DraftInput(id, start, end), await NorthAsync());
        var second = await api.Http.PostGraphQLAsync(Draft, DraftInput(id, start, end), await NorthAsync());
        var other = await api.Http.PostGraphQLAsync(Draft, DraftInput(NewId("draft"), start, end), await NorthAsync());

        Assert.Null(first.Body["errors"]);
        Assert.Equal(first.Body.ToJsonString(), second.Body.ToJsonString());
        Assert.Equal("CONFLICT", other.Body.ErrorCode());
    }

    /// <summary>Period end before start, a too-long section, an indicator without a title: VALIDATION in French.</summary>
    [Fact]
    public async Task DraftReport_InvalidInput_Validation()
    {
        var (start, end) = ReportPeriods.Next();
        var token = await NorthAsync();

        var backwards = await api.Http.PostGraphQLAsync(Draft, DraftInput(NewId("b"), end, start), token);
        var tooLong = await api.Http.PostGraphQLAsync(Draft, DraftInput(NewId("l"), start, end, activities: new string('a', 4001)), token);
        var untitled = await api.Http.PostGraphQLAsync(Draft, DraftInput(NewId("t"), start, end,
            indicators: [new { code = "ecoles-equipees", title = "", unit = "écoles" }]), token);

        Assert.Equal("VALIDATION", backwards.Body.ErrorCode());
        Assert.Contains("précède son début", backwards.Body.ErrorMessage());
        Assert.Equal("VALIDATION", tooLong.Body.ErrorCode());
        Assert.Contains("4000 caractères", tooLong.Body.ErrorMessage());
        Assert.Equal("VALIDATION", untitled.Body.ErrorCode());
        Assert.Contains("intitulé est obligatoire", untitled.Body.ErrorMessage());
    }

    /// <summary>A malformed report id is VALIDATION, before any grain is asked.</summary>
    [Fact]
    public async Task Report_MalformedId_Validation()
    {
        var (_, body) = await api.Http.PostGraphQLAsync("{ report(id: \"UmVwb3J0Om5vLXNsYXNo\") { key } }", null, await NorthAsync());

        Assert.Equal("VALIDATION", body.ErrorCode());
    }

    /// <summary>A drafted report appears in the partnership's change feed after the cursor, and in its reports.</summary>
    [Fact]
    public async Task DraftReport_AppearsInChangesAndPartnershipReports()
    {
        var token = await NorthAsync();
        var (_, before) = await api.Http.PostGraphQLAsync($"{{ changes(partnershipId: \"{Partnership}\") {{ cursor }} }}", null, token);
        var cursor = before["data"]!["changes"]!["cursor"]!.GetValue<string>();

        var key = (await DraftAsync())["key"]!.GetValue<string>();
        var (_, changes) = await api.Http.PostGraphQLAsync(
            "query($p: ID!, $c: String) { changes(partnershipId: $p, since: $c) { reports { key status } } }", new { p = Partnership, c = cursor }, token);
        var (_, listed) = await api.Http.PostGraphQLAsync($"{{ partnership(id: \"{Partnership}\") {{ reports {{ key }} }} }}", null, token);

        var changed = Assert.Single(changes["data"]!["changes"]!["reports"]!.AsArray());
        Assert.Equal((key, "DRAFT"), (changed!["key"]!.GetValue<string>(), changed["status"]!.GetValue<string>()));
        Assert.Contains(key, listed["data"]!["partnership"]!["reports"]!.AsArray().Select(r => r!["key"]!.GetValue<string>()));
    }

    /// <summary>The seeded reports: Plateau's first half of 2026 acknowledged with its indicators, Cérénum's draft overdue.</summary>
    [Fact]
    public async Task SeededReports_PlateauAcknowledgedCerenumOverdue()
    {
        var admin = await api.TokenAsync(People.Administrator);

        var plateau = await ReadAsync(Schema.Relay.GlobalId.Encode("Report", "e-administration-plateau/2026-01-01_2026-06-30"), admin);
        var cerenum = await ReadAsync(Schema.Relay.GlobalId.Encode("Report", "cerenum/2026-01-01_2026-06-30"), admin);

        Assert.Equal(("ACKNOWLEDGED", false), (plateau["status"]!.GetValue<string>(), plateau["overdue"]!.GetValue<bool>()));
        Assert.Contains("mairies-raccordees", plateau["indicators"]!.AsArray().Select(i => i!["code"]!.GetValue<string>()));
        Assert.Equal(2, plateau["milestoneIds"]!.AsArray().Count);
        Assert.Equal(("DRAFT", true), (cerenum["status"]!.GetValue<string>(), cerenum["overdue"]!.GetValue<bool>()));
    }
}
